namespace Search.Core.Reading;

/// <summary>How strongly a reader claims a file; the strongest claim wins, so content outranks a misleading extension.</summary>
public enum ReaderFit
{
    /// <summary>The reader does not take the file.</summary>
    None,

    /// <summary>A fallback for a file whose name and content name no format, such as extensionless prose.</summary>
    Guess,

    /// <summary>The file's extension is the reader's, and its content does not say otherwise.</summary>
    Extension,

    /// <summary>The content itself is unmistakably the reader's format, whatever the file is called.</summary>
    Content,
}

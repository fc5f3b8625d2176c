namespace Search.Core.Extraction;

/// <summary>The quoted stretches of an article, sorted, so a name can be told apart from the names a speaker mentions inside a quote.</summary>
public sealed class QuotedSpans(IReadOnlyList<(int Start, int End)> spans)
{
    /// <summary>Whether any quotation overlaps text[start..end]; spans do not overlap each other, so their ends are sorted too.</summary>
    public bool Overlaps(int start, int end)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (spans[mid].End <= start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < spans.Count && spans[low].Start < end;
    }

    /// <summary>Whether the position lies inside a quotation; a binary search, so asking per mention stays cheap.</summary>
    public bool Contains(int position)
    {
        int low = 0, high = spans.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (position < spans[mid].Start)
            {
                high = mid - 1;
            }
            else if (position >= spans[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}

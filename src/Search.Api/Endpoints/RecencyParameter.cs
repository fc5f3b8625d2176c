using System.Globalization;

namespace Search.Api.Endpoints;

/// <summary>Reads recency=, a half-life in days, weeks or years ("30d", "2w", "1y").</summary>
public static class RecencyParameter
{
    private const int MaxDays = 365 * 1000;

    /// <summary>False for text that is not a positive half-life; true with null for an absent one.</summary>
    public static bool TryParse(string text, out TimeSpan? halfLife)
    {
        halfLife = null;
        if (text.Length == 0)
        {
            return true;
        }

        var daysPerUnit = char.ToLowerInvariant(text[^1]) switch
        {
            'd' => 1,
            'w' => 7,
            'y' => 365,
            _ => 0,
        };
        if (daysPerUnit == 0 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || (long)count * daysPerUnit > MaxDays)
        {
            return false;
        }

        halfLife = TimeSpan.FromDays(count * daysPerUnit);
        return true;
    }
}

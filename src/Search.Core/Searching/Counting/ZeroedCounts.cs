using System.Buffers;

namespace Search.Core.Searching.Counting;

/// <summary>
/// Count arrays shared by searches (facet counts, typo letter-pair counts). An array must be given back all zero, so a
/// rented one needs no clearing: a search clears only the entries it touched, and pays for its hits, not for the
/// length of the array.
/// </summary>
internal static class ZeroedCounts
{
    private static readonly ArrayPool<int> Pool = ArrayPool<int>.Create(1 << 24, 16);

    /// <summary>An all-zero array of at least <paramref name="length"/> entries.</summary>
    public static int[] Rent(int length) => Pool.Rent(length);

    /// <summary>Gives back an array whose every entry the caller has set to zero again.</summary>
    public static void Return(int[] counts) => Pool.Return(counts);
}

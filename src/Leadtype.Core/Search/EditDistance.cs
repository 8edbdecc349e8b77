using System;

namespace Leadtype.Search;

/// <summary>Levenshtein distance with an early exit once every cell of a row exceeds the bound.</summary>
internal static class EditDistance
{
    public static bool IsWithin(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int maxDistance)
    {
        if (Math.Abs(left.Length - right.Length) > maxDistance)
        {
            return false;
        }

        Span<int> previous = right.Length < 128 ? stackalloc int[right.Length + 1] : new int[right.Length + 1];
        Span<int> current = right.Length < 128 ? stackalloc int[right.Length + 1] : new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > maxDistance)
            {
                return false;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[right.Length] <= maxDistance;
    }
}

using System;
using System.Text;

namespace Leadtype.Text;

/// <summary>
/// NFKD that never throws. .NET's <see cref="string.Normalize(NormalizationForm)"/> rejects lone
/// surrogates, which malformed pages can contain; JavaScript's <c>normalize</c> (the original's) leaves
/// them as they are, so we normalise the runs between them and keep the lone surrogates verbatim.
/// </summary>
public static class CompatibilityDecomposition
{
    public static string Apply(string input)
    {
        try
        {
            return input.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return AroundLoneSurrogates(input);
        }
    }

    private static string AroundLoneSurrogates(string input)
    {
        var builder = new StringBuilder(input.Length);
        var runStart = 0;
        for (var i = 0; i <= input.Length; i++)
        {
            var lone = i < input.Length && char.IsSurrogate(input[i])
                && !(char.IsHighSurrogate(input[i]) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]));
            if (i == input.Length || lone)
            {
                if (i > runStart)
                {
                    builder.Append(input.Substring(runStart, i - runStart).Normalize(NormalizationForm.FormKD));
                }

                if (lone)
                {
                    builder.Append(input[i]);
                }

                runStart = i + 1;
            }
            else if (char.IsHighSurrogate(input[i]))
            {
                i++;
            }
        }

        return builder.ToString();
    }
}

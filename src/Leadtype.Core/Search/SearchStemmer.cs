namespace Leadtype.Search;

/// <summary>
/// The reference's deliberately tiny suffix stripper used for query expansion ("stem variants"): the
/// first matching rule of ies→y, -ing, -ed, -es, -s, each only above a minimum length.
/// </summary>
internal static class SearchStemmer
{
    public static string Stem(string token)
    {
        var length = token.Length;
        if (length < 4)
        {
            return token;
        }

        if (length > 5 && EndsWith(token, "ies"))
        {
            return token.Substring(0, length - 3) + "y";
        }

        if (length > 6 && EndsWith(token, "ing"))
        {
            return token.Substring(0, length - 3);
        }

        if (length > 5 && EndsWith(token, "ed"))
        {
            return token.Substring(0, length - 2);
        }

        if (length > 5 && EndsWith(token, "es"))
        {
            return token.Substring(0, length - 2);
        }

        if (length > 4 && token[length - 1] == 's')
        {
            return token.Substring(0, length - 1);
        }

        return token;
    }

    /// <summary>
    /// Every word whose stem can be <paramref name="stem"/>: the stem itself and the words each rule
    /// strips back to it. Callers keep those whose <see cref="Stem"/> really equals the stem, which
    /// turns "scan every index term" into at most six lookups.
    /// </summary>
    public static string[] Inflections(string stem)
    {
        var forms = new System.Collections.Generic.List<string>(6)
        {
            stem, stem + "s", stem + "es", stem + "ed", stem + "ing",
        };
        if (stem.Length > 0 && stem[stem.Length - 1] == 'y')
        {
            forms.Add(stem.Substring(0, stem.Length - 1) + "ies");
        }

        return forms.ToArray();
    }

    private static bool EndsWith(string s, string suffix) =>
        string.CompareOrdinal(s, s.Length - suffix.Length, suffix, 0, suffix.Length) == 0;
}

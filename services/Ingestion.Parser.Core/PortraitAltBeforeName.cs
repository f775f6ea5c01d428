namespace Ingestion.Parser.Core;

/// <summary>
/// "Derek Kaplan Derek Kaplan", "Photo of Nate Carrow Nate Carrow": a byline box whose writer's portrait a text browser
/// prints as its alt text, on the line of the name's link. The name twice, after an optional "Photo of", is the name once.
/// A scraper may print the alt text on a line of its own instead, and a theme may name the picture after the writer
/// ("Nate Coulter Headshot" over "Nate Coulter").
/// </summary>
internal static class PortraitAltBeforeName
{
    private static readonly string[] AltOpenings = ["Photo of ", "Picture of ", "Image of ", "Portrait of "];

    /// <summary>The word a portrait's alt text may follow the writer's name with: a headshot is a portrait, never a scene.</summary>
    private static readonly string[] AltEndings = [" Headshot", " headshot"];

    /// <summary>
    /// "Photo of Derek Hanley" / "Derek Hanley" / "Foreign Affairs Reporter": a scraper prints the portrait's alt text on a
    /// line of its own over the name. It names the picture, not a headline or caption.
    /// </summary>
    public static bool IsAltAlone(ReadOnlySpan<char> text)
    {
        var name = AfterAltOpening(text);
        return name.Length < text.Length && Words.CountUpTo(name, 4) is 2 or 3 && Words.LooksLikePersonName(name);
    }

    /// <summary>The text after its opening "Photo of " (or "Picture of ", …) or before its closing "Headshot", or the text itself when it has neither.</summary>
    private static ReadOnlySpan<char> AfterAltOpening(ReadOnlySpan<char> text)
    {
        foreach (var ending in AltEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return text[..^ending.Length];
            }
        }

        foreach (var opening in AltOpenings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                return text[opening.Length..];
            }
        }

        return text;
    }

    private static bool HasOtherWhitespace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != ' ' && char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The writer's name without the portrait's alt text before it, or <paramref name="line"/> unchanged.</summary>
    /// <remarks>Asked of every bare-name candidate: only a line of four to eight words is looked at, and nothing is copied unless it matches.</remarks>
    public static string Strip(string line)
    {
        var text = line.AsSpan().Trim();
        if (Words.CountUpTo(text, 8) is < 4 or > 8)
        {
            return line;
        }

        text = AfterAltOpening(text);

        // "Derek Kaplan Derek Kaplan": two or three words, each after a single space, then the same words again.
        var spaces = text.Count(' ');
        if (spaces is not (3 or 5) || text.Contains("  ", StringComparison.Ordinal) || HasOtherWhitespace(text))
        {
            return line;
        }

        var middle = -1;
        for (var i = 0; i <= spaces / 2; i++)
        {
            middle += text[(middle + 1)..].IndexOf(' ') + 1;
        }

        return text[..middle].SequenceEqual(text[(middle + 1)..]) ? text[..middle].ToString() : line;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "More from MSNBV News" over a list of the site's own stories under the text: a portal names its news site so, where the
/// copyright line names only the company behind it ("© 2013 Microsofty") or the wire ("Copyright 2013 The Associated Press").
/// </summary>
internal static class MoreFromHeading
{
    private const string Opening = "More from ";

    /// <summary>Whether the line is the heading "More from" and the name, and nothing else but a colon or an arrow.</summary>
    public static bool Names(string line, string name)
    {
        var text = line.AsSpan().Trim();
        return text.StartsWith(Opening, StringComparison.Ordinal) && text[Opening.Length..].TrimEnd(" :»›").SequenceEqual(name);
    }
}

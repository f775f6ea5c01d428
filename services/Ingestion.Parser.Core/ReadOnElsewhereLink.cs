namespace Ingestion.Parser.Core;

/// <summary>
/// "Lire la suite sur Le Courrier du Port !", "Weiterlesen auf hafenblatt.de": a site that takes the opening of another
/// site's text prints under it a link line saying where the rest is, as an English copy's "Read the full story at …"
/// does (<see cref="FullStoryLink"/>); no part of the text. Only the opening and the other site's name in a few words:
/// "Lire la suite sur le pont, expliquent-ils" or a longer sentence is text.
/// </summary>
internal static class ReadOnElsewhereLink
{
    private static readonly PrefixSet Openings = new(
        "lire la suite sur ", "lire la suite de l'article sur ", "lire l'article complet sur ", "lire l'intégralité sur ",
        "weiterlesen auf ", "weiterlesen bei ", "den ganzen artikel lesen auf ", "den vollständigen artikel lesen auf ");

    /// <summary>The other site's name: a few words.</summary>
    private const int MaxNameSpaces = 3;

    public static bool Is(ReadOnlySpan<char> text)
    {
        var opening = text.Length is < 18 or > 90 ? 0 : Openings.MatchLength(text);
        if (opening == 0)
        {
            return false;
        }

        var name = text[opening..].Trim().TrimEnd(" .!»›>\u00a0\u202f\u2009");
        return !name.IsEmpty && name.Count(' ') <= MaxNameSpaces && !name.ContainsAny(',', ';', ':');
    }
}

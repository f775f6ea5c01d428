namespace Ingestion.Parser.Core;

/// <summary>
/// "View the full story on haldenpost.com", "Read the full article at the Post": a mobile or AMP copy's link back to the
/// desktop page, under the text; no part of it. Only the link's own few words: a sentence that goes on ("Read the full
/// story of how the bridge was saved in Sunday's paper.") is text.
/// </summary>
internal static class FullStoryLink
{
    private static readonly PrefixSet Openings = new(
        "view the full story", "read the full story", "see the full story", "view full story", "read full story",
        "view the full article", "read the full article", "see the full article", "view full article", "read full article");

    public static bool Is(ReadOnlySpan<char> text)
    {
        // "Lire la suite sur …", "Weiterlesen auf …": the same pointer in French and German (ReadOnElsewhereLink).
        if (ReadOnElsewhereLink.Is(text))
        {
            return true;
        }

        if (text.Length is < 14 or > 70 || text[0] is not ('V' or 'v' or 'R' or 'r' or 'S' or 's') || !Openings.Matches(text))
        {
            return false;
        }

        var rest = text[(text.IndexOf("full ", StringComparison.OrdinalIgnoreCase) + 5)..];
        rest = rest[(rest.IndexOf(' ') is var space and >= 0 ? space : rest.Length)..].Trim(" .»›>");
        if (rest.IsEmpty || rest.Equals("here", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // " on haldenpost.com", " at the Post", " on our website": where the whole copy is, in a few words.
        return (rest.StartsWith("on ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("at ", StringComparison.OrdinalIgnoreCase))
            && rest.Count(' ') <= 3 && !rest.ContainsAny(',', ';');
    }
}

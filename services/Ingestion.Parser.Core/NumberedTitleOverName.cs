namespace Ingestion.Parser.Core;

/// <summary>
/// "1. Kenne ich" / "Anna aus Altona" / text / "Antworten Empfehlen": a thread that numbers its comments and prints each
/// comment's own title on the numbered line, the commenter's name alone on the line under it, with no time anywhere. The
/// numbered line is the title, no paragraph and no name; the line under it is the name. A reply's "Antwort auf »2. …« von
/// name" may stand between the title and the name.
/// </summary>
internal static class NumberedTitleOverName
{
    private const int MaxNameLength = 40;

    /// <summary>The name line under a numbered title line, or -1 when the lines are not so shaped.</summary>
    public static int NameUnder(PageLines lines, CommentLine.Kind[] kinds, int title)
    {
        CommentLine.StripMarker(lines[title].Text, out var marker);
        if (marker != CommentLine.Marker.Number)
        {
            return -1;
        }

        var name = lines.NextNonBlank(title, lines.Count);
        if (name < lines.Count && kinds[name] == CommentLine.Kind.ReplyReference)
        {
            name = lines.NextNonBlank(name, lines.Count);
        }

        // A town ("Portland, OR") or a first short line of text ("Agreed.") under a numbered name is no name of its own.
        if (name >= lines.Count || kinds[name] != CommentLine.Kind.Text || !IsBareName(lines[name].Text))
        {
            return -1;
        }

        var text = lines.NextNonBlank(name, lines.Count);
        return text < lines.Count && kinds[text] == CommentLine.Kind.Text ? name : -1;
    }

    private static bool IsBareName(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length <= MaxNameLength && !text.ContainsAny(",:;!?") && !Words.EndsSentence(text) && Words.LooksLikeName(text)
            && CommentLine.StripMarker(line, out var marker).Length > 0 && marker == CommentLine.Marker.None;
    }
}

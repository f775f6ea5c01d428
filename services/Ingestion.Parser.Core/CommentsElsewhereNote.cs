using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Fragen oder Einwände? Kommentare und Diskussionen zu unseren Texten finden sich auf Mastodon und auf Facebook.",
/// "Thoughts? The discussion of our posts happens on Twitter.": a site without comments of its own closes each post with
/// a note sending its readers to a social network to discuss it. The note asks a question, then names the comments or
/// the discussion and ends on the network's name; it is the site's furniture, no paragraph. A sentence of the text about
/// comments on a network asks nothing before it, or ends on the question.
/// </summary>
internal static class CommentsElsewhereNote
{
    private const int LongestNote = 250;

    private static readonly SearchValues<string> CommentWords = SearchValues.Create(
        ["kommentar", "diskussion", "comment", "discussion", "discuss", "commentaire", "débat", "comentario", "discusión", "commento"],
        StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestNote || text.Length < 30)
        {
            return false;
        }

        // The question opens the note; the rest follows it.
        var question = text.IndexOf('?');
        if (question < 0 || question > text.Length - 20)
        {
            return false;
        }

        var end = text.TrimEnd(" .!");
        var lastSpace = end.LastIndexOf(' ');
        if (lastSpace < 0 || !SocialNetworkIcon.IsNetworkName(end[(lastSpace + 1)..]))
        {
            return false;
        }

        return text[(question + 1)..].ContainsAny(CommentWords);
    }
}

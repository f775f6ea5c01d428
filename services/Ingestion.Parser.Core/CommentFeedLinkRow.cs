namespace Ingestion.Parser.Core;

/// <summary>
/// "RSS feed for comments on this post.", "RSS feed for comments on this post. TrackBack URI", "Kommentare als RSS":
/// WordPress's classic themes print the link to the post's comment feed under the thread, or in the post's footer row
/// ("Kommentar-Feed | Kommentare sind geschlossen | Trackback URL"). It ends the thread as its
/// buttons would; it is no comment's last line, and with it read as text a thread signed under each comment's text
/// looked as if a comment followed the last signature.
/// </summary>
internal static class CommentFeedLinkRow
{
    private static readonly PhraseSet CommentWords = new(["comment", "kommentar", "commentaire", "comentario", "commento", "reactie"]);

    /// <summary>
    /// "Kommentar-Feed | Kommentare sind geschlossen | Trackback URL", "Comments RSS | Comments closed | Trackback URI": the post's
    /// footer row of the same theme family, the feed link beside the thread's state and the trackback address.
    /// </summary>
    private static readonly HashSet<string> FooterParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "kommentarfeed", "kommentar-feed", "kommentare-feed", "comments feed", "comment feed", "comments rss", "rss comments", "comments (rss)",
        "kommentare geschlossen", "kommentare sind geschlossen", "comments closed", "comments are closed", "commentaires fermés",
        "trackback-url", "trackback url", "trackback uri", "trackback", "permalink", "kommentar schreiben", "leave a comment",
    };

    /// <summary>A short line naming a feed ("RSS", "Atom", "feed") and comments, with no sentence's question or verb of its own.</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Contains('|'))
        {
            return text.Length <= 120 && IsFooterRow(text.ToString());
        }

        var line = text.Trim();
        if (line.Length is < 8 or > 80 || line.EndsWith('?') || line.Contains(':') || Words.CountUpTo(line, 10) > 9)
        {
            return false;
        }

        return (ContainsWord(line, "RSS") || ContainsWord(line, "Atom") || line.Contains("feed", StringComparison.OrdinalIgnoreCase))
            && CommentWords.FoundIn(line) && !StartsAsSentence(line);
    }

    /// <summary>Every part of a bar-parted row is a footer link or state, and one of them the comment feed's link.</summary>
    private static bool IsFooterRow(string text)
    {
        var feed = false;
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!FooterParts.Contains(part))
            {
                return false;
            }

            feed |= part.Contains("feed", StringComparison.OrdinalIgnoreCase) || part.Contains("rss", StringComparison.OrdinalIgnoreCase);
        }

        return feed;
    }

    private static bool ContainsWord(ReadOnlySpan<char> line, string word)
    {
        var at = line.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(line[at - 1])) && (at + word.Length == line.Length || !char.IsLetter(line[at + word.Length]));
    }

    /// <summary>"I read the comments feed daily.": a writer's sentence opens with a pronoun.</summary>
    private static bool StartsAsSentence(ReadOnlySpan<char> line) =>
        line.StartsWith("I ", StringComparison.Ordinal) || line.StartsWith("We ", StringComparison.Ordinal) || line.StartsWith("You ", StringComparison.Ordinal)
        || line.StartsWith("Ich ", StringComparison.Ordinal) || line.StartsWith("Wir ", StringComparison.Ordinal) || line.StartsWith("Je ", StringComparison.Ordinal);
}

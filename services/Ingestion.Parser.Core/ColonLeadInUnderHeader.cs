namespace Ingestion.Parser.Core;

/// <summary>
/// "Stand heute:", "Takeaway six:" right under a comment's header time (or, in a thread signed under each comment's text,
/// under the signature of the comment above) and over a sentence, or over a bare link and a sentence: a reader's own lead-in, the
/// comment's first paragraph. A form's field label ("Name:", "Your comment:") is as short and ends with a colon too, but a
/// form never stands between a comment's time and its text. A one-word label there ("Quote:" over a forum post's
/// quotation, "Update:") is the system's, and stays out.
/// </summary>
internal static class ColonLeadInUnderHeader
{
    private const int MaxLength = 30;
    private const int LeastWordsOfText = 4;

    private static readonly WordSet FormWords = new(
        ["your", "email", "e-mail", "comment", "comments", "name", "address", "website", "message", "subject", "password", "username", "required",
         "optional", "nickname", "location", "title", "kommentar", "nom", "nombre", "comentario", "commentaire", "benutzername", "pseudo"]);

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length > MaxLength || text is not [.., ':'] || Words.Count(text) != 2)
        {
            return false;
        }

        foreach (var range in text[..^1].Split(' '))
        {
            if (FormWords.Contains(text[range]))
            {
                return false;
            }
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, lines.Count);
        if (below < lines.Count && IsBareAddress(lines[below].Text.AsSpan().Trim()))
        {
            // "Laut Handbuch:" / "http://…" / a sentence: the lead-in may introduce the link the reader quotes, then their words.
            below = lines.NextNonBlank(below, lines.Count);
        }

        return above >= 0 && below < lines.Count && Words.Count(lines[below].Text.AsSpan().Trim()) >= LeastWordsOfText
            && lines[below].Text.AsSpan().TrimEnd() is not [.., ':']
            && (lines.TryParseDate(above, out _) || (CommentLine.TryReadAuthor(lines[above].Text, out _, out var time, out _) && time is not null));
    }

    private static bool IsBareAddress(ReadOnlySpan<char> text) =>
        text.Length > 12 && (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal)) && !text.ContainsAny(' ', '\t');
}

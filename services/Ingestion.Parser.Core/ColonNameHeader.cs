namespace Ingestion.Parser.Core;

/// <summary>
/// "Mick Dawes:" over "Good decision. The science has been settled …": a commenter's name ended with a colon heads the
/// comment's text, where a short line ending with a colon is otherwise a form's field label ("Name:", "Your Comment:",
/// "Email Address:"). A form prints another field or its button under a label, not a sentence.
/// </summary>
internal static class ColonNameHeader
{
    private static readonly WordSet FormWords = new(
        ["your", "email", "e-mail", "comment", "comments", "name", "address", "website", "message", "subject", "password", "username", "required",
         "optional", "first", "last", "full", "display", "screen", "user", "nickname", "location", "city", "title"]);

    /// <summary>"Quote:" over a forum post's quotation, "Update:", "Q:": labels of one word that a page sets over text.</summary>
    private static readonly WordSet OneWordLabels = new(
        ["quote", "code", "spoiler", "reply", "re", "edit", "edited", "update", "updated", "note", "source", "sources", "via", "correction",
         "disclaimer", "signature", "attachment", "attachments", "tags", "topics", "category", "categories", "related", "share", "question",
         "answer", "q", "a", "summary", "warning"]);

    private const int LeastWordsOfText = 4;

    public static bool IsOverText(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text is not [.., ':'] || Words.Count(text) is not (1 or 2))
        {
            return false;
        }

        var name = text[..^1].TrimEnd();
        var space = name.IndexOf(' ');
        var oneWord = space < 0;
        if (oneWord ? FormWords.Contains(name) || OneWordLabels.Contains(name) || !char.IsUpper(name[0]) : FormWords.Contains(name[..space]) || FormWords.Contains(name[(space + 1)..]) || !Words.LooksLikePersonName(name))
        {
            return false;
        }

        var next = lines.NextNonBlank(index, lines.Count);
        return next < lines.Count && lines[next].Text.AsSpan().Trim() is var below && below is not [.., ':'] && Words.Count(below) >= LeastWordsOfText
            && (!oneWord || IsTimeUnderText(lines, next));
    }

    /// <summary>The most paragraphs a one-word name's comment may hold over its time.</summary>
    private const int MostParagraphsOverTime = 4;

    /// <summary>
    /// "Realist:" / "Cabinet should be picked on merit …" / "18 Sep 2013 2:20:07pm | Reply": a name of one word is as short as
    /// a form's label ("Website:"); only the comment's time under its text tells it from one.
    /// </summary>
    private static bool IsTimeUnderText(PageLines lines, int text)
    {
        for (var (i, paragraphs) = (lines.NextNonBlank(text, lines.Count), 1); i < lines.Count && paragraphs <= MostParagraphsOverTime; i = lines.NextNonBlank(i, lines.Count), paragraphs++)
        {
            if (lines.TryParseDate(i, out _) || CommentLine.TryParseAfterActions(lines[i].Text, out _))
            {
                return true;
            }

            if (lines[i].Text.AsSpan().TrimEnd() is [.., ':'])
            {
                return false;
            }
        }

        return false;
    }
}

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

    private const int LeastWordsOfText = 4;

    public static bool IsOverText(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text is not [.., ':'] || Words.Count(text) != 2)
        {
            return false;
        }

        var name = text[..^1].TrimEnd();
        var space = name.IndexOf(' ');
        if (space <= 0 || FormWords.Contains(name[..space]) || FormWords.Contains(name[(space + 1)..]) || !Words.LooksLikePersonName(name))
        {
            return false;
        }

        var next = index + 1;
        while (next < lines.Count && lines[next].IsBlank)
        {
            next++;
        }

        return next < lines.Count && lines[next].Text.AsSpan().Trim() is var below && below is not [.., ':'] && Words.Count(below) >= LeastWordsOfText;
    }
}

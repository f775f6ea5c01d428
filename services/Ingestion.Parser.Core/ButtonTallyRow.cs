namespace Ingestion.Parser.Core;

/// <summary>
/// "Like 88 Reply", "Recommend 5 Reply": a comment's button row, a tally of likes standing before the reply button.
/// It reads as "88 reply", a count, but a count above one takes the plural ("88 replies"); the singular after a
/// larger number is a button's label, so the row declares nothing. German's "Antworten" is both the button and the
/// plural, so a button must stand before the tally too.
/// </summary>
internal static class ButtonTallyRow
{
    private static readonly WordSet SingularButtons = new(["reply", "comment", "antworten", "répondre", "responder", "rispondi", "reageer", "svara", "odpowiedz"]);

    public static bool Is(string line, int count)
    {
        if (count < 2 || line.Length > 60 || !CommentLine.IsCommentButtonRow(line))
        {
            return false;
        }

        // The word right after the count: "Like 88 Reply" → "Reply".
        var text = line.AsSpan();
        var digit = text.IndexOfAnyInRange('0', '9');
        // A button stands before the tally ("Like 88"); "3 Antworten" alone is a German count, its noun the button's word.
        if (digit <= 0 || text[..digit].Trim(" ·|•").IsEmpty)
        {
            return false;
        }

        var end = digit;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.'))
        {
            end++;
        }

        var after = text[end..].TrimStart(" ·|•");
        var space = after.IndexOfAny(' ', '·', '|');
        var word = space < 0 ? after : after[..space];
        return SingularButtons.Contains(word);
    }
}

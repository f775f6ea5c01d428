namespace Ingestion.Parser.Core;

/// <summary>
/// "… what you think you are designing." / "@Dana" / "One more story: …": in a thread rendered from the page's markup
/// (<see cref="MarkupLines"/>), a lone handle between two lines of a comment's text is the writer turning to another
/// reader before answering them, the comment's words. Alone on its line a handle otherwise reads as a profile's handle,
/// page furniture; here the line above ends a sentence and text follows, so it stands inside the comment.
/// </summary>
internal static class AddressLineInComment
{
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim().TrimEnd(":,");
        if (!MarkupLines.Current || text.Length is < 2 or > 40 || text[0] != '@' || !char.IsLetter(text[1]) || text.ContainsAny(' ', '\t', '/'))
        {
            return false;
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, lines.Count);
        return above >= 0 && below < lines.Count
            && lines[above].Text.AsSpan().TrimEnd().TrimEnd("\"”“«»)") is [.., '.' or '!' or '?' or ':' or '…']
            && lines[below].Text.Length >= 40 && !lines.TryParseDate(below, out _);
    }
}

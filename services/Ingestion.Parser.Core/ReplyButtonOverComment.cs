namespace Ingestion.Parser.Core;

/// <summary>
/// "Log in om te reageren" / "Ann Rowley zegt:" / "27 september 2013 om 15:02": WordPress's "Log in to Reply" under each
/// comment, in a language whose one verb serves both the button and the thread's sign-in form (Dutch "reageren"). Worded
/// as a comment's button row and with the next comment's dated header right under it, it is that comment's button, not
/// the form that ends the thread.
/// </summary>
internal static class ReplyButtonOverComment
{
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        return text.Length <= 40 && CommentLine.IsCommentButtonRow(text.Trim()) && CommentSection.DatedLineFollows(lines, index);
    }
}

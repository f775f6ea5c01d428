namespace Ingestion.Parser.Core;

/// <summary>
/// "Have your say" / "Comments are closed on stories 7 days after they go live." / "Sort by: Newest first" / the comments:
/// a thread headed only by its form's invitation prints, right under it, that new comments are no longer taken, then the
/// comments posted before. The notice names comments and "closed", as a page footer's "Comments are closed." does where
/// no thread follows, so it was read as the end of the page and the thread under it was lost. Right under a form heading,
/// the first line under it, it is the thread's state, not the page's end.
/// </summary>
internal static class ClosedNoticeUnderFormHeading
{
    public static bool Is(PageLines lines, int form, int index)
    {
        if (form < 0 || index <= form || !CommentHeadings.IsClosedNotice(lines[index].Text))
        {
            return false;
        }

        for (var i = form + 1; i < index; i++)
        {
            if (!lines[i].IsBlank)
            {
                return false;
            }
        }

        return true;
    }
}

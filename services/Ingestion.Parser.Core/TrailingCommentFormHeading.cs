namespace Ingestion.Parser.Core;

/// <summary>
/// "… the engineers had surveyed the damage." / "Add a comment" closing the article's box over an empty mount the comment
/// script fills: the form's heading, with no thread under it that the comment reader could have started at, was read as
/// the text's last paragraph. A last paragraph of five words or fewer that the comment headings know as a form's ("Add a
/// comment", "Leave a Reply", "Post a comment") is furniture; a sentence inviting comments ("Leave a comment below and
/// tell us what you think.") is longer and stays. Asked once per page on the body's last entry.
/// </summary>
internal static class TrailingCommentFormHeading
{
    public static List<string> Without(List<string> body)
    {
        if (body.Count < 2)
        {
            return body;
        }

        var last = body[^1];
        if (last.Length > 40 || Words.Count(last) > 5 || CommentHeadings.Classify(last) != CommentHeadings.Kind.Form)
        {
            return body;
        }

        return body[..^1];
    }
}

using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A forum board's post (vBulletin's table, phpBB's `div.post`) rewritten as the comment markup the HTML comment reader
/// knows: a `div.comment` holding the poster's name and the post's date, each a paragraph, then the post's text.
/// </summary>
internal static class ForumPostComment
{
    public static IElement Create(IDocument document, string name, string date, IElement text)
    {
        var comment = document.CreateElement("div");
        comment.ClassName = "comment";
        foreach (var line in new[] { name, date }.Where(line => line.Length > 0))
        {
            var paragraph = document.CreateElement("p");
            paragraph.TextContent = line;
            comment.AppendChild(paragraph);
        }

        comment.AppendChild(text);
        return comment;
    }
}

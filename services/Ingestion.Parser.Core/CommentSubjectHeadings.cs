using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h3 property="dc:title"&gt;&lt;a href="/comment/3100#comment-3100" class="permalink"&gt;About time&lt;/a&gt;&lt;/h3&gt;":
/// Drupal marks a comment's subject, often the first words of its text, as the comment's RDFa title. Bartik prints it
/// under the name and time, where no text rule sees it as a subject; it is no paragraph of the comment. Drupal 8's
/// Bartik drops the RDFa and keeps the shape: "&lt;h3&gt;&lt;a href="/comment/341#comment-341" class="permalink"
/// rel="bookmark"&gt;Traffic study&lt;/a&gt;&lt;/h3&gt;", a heading that is only the comment's permalink. SPIP's forums
/// and other comment systems name the subject by its class instead ("&lt;strong class="crayon forum-titre-226837
/// forum-titre"&gt;", "comment-subject"): the reader's title over the text, no paragraph either.
/// </summary>
internal static class CommentSubjectHeadings
{
    private static readonly WordSet SubjectOwners = new("forum", "comment", "commentaire", "kommentar", "comentario", "commento", "reactie");

    private static readonly WordSet SubjectWords = new("titre", "title", "subject", "sujet", "titel", "betreff", "titulo", "título", "titolo");

    /// <summary>The subject is a line over the text: an item whose other text is this short holds only the subject and buttons.</summary>
    private const int MinTextBesideSubject = 20;

    private const int MaxSubjectLength = 200;

    public static void Remove(IElement container)
    {
        foreach (var subject in container.SelectAll("[property~='dc:title'], h3")
                     .Where(IsSubjectHeading).Where(IsTitleOrPermalinkOnly).ToList())
        {
            subject.Remove();
        }

        // "<h3>Get real<a name="comment_562456"></a></h3>": the heading carries the comment's own anchor, so it is that
        // comment's subject, whatever the box's class (round r-goose-mix5).
        foreach (var subject in container.SelectAll("h2, h3, h4").Where(IsAnchoredSubject).ToList())
        {
            subject.Remove();
        }

        // A "comment-title" row holding the comment's time is its header, no subject (TimestampedCommentTitle).
        foreach (var subject in container.SelectAll("[class]").Where(element => element.ClassList.Any(IsSubjectClass) && IsSubjectOverText(element, container) && !TimestampedCommentTitle.Is(element)).ToList())
        {
            subject.Remove();
        }
    }

    /// <summary>"forum-titre", "comment-subject", "comment_title": a comment's word and a title's, two parts and no more.</summary>
    private static bool IsSubjectClass(string token)
    {
        var separator = token.AsSpan().IndexOfAny('-', '_');
        if (separator <= 0 || separator == token.Length - 1)
        {
            return false;
        }

        var rest = token.AsSpan(separator + 1);
        return rest.IndexOfAny('-', '_') < 0 && SubjectOwners.Contains(token.AsSpan(0, separator)) && SubjectWords.Contains(rest);
    }

    /// <summary>
    /// A short line that is no heading of the thread ("1 Kommentar" in "h3.comment-title") and stands in a comment whose
    /// text goes on past it, a few levels up.
    /// </summary>
    private static bool IsSubjectOverText(IElement subject, IElement container)
    {
        var text = Whitespace.Collapse(subject.TextContent);
        if (text.Length is 0 or > MaxSubjectLength || CommentHeadings.Classify(text) != CommentHeadings.Kind.None)
        {
            return false;
        }

        var item = subject.ParentElement;
        for (var level = 0; level < 3 && item is not null && item != container; level++, item = item.ParentElement)
        {
            if (ShownLength.Of(item.TextContent) - text.Length > MinTextBesideSubject)
            {
                return true;
            }

            // The comment's own box: what stands beside it is other comments.
            if (item.LocalName is "li" or "article")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A short heading whose one element is an empty anchor named for a comment ("comment_562456", "comment-12").</summary>
    private static bool IsAnchoredSubject(IElement heading)
    {
        if (heading.Children.Length != 1 || heading.Children[0] is not { LocalName: "a" } anchor || anchor.TextContent.Trim().Length != 0)
        {
            return false;
        }

        var name = anchor.GetAttribute("name") ?? anchor.Id;
        var text = heading.TextContent.Trim();
        return name is not null && name.StartsWith("comment", StringComparison.OrdinalIgnoreCase) && text.Length is > 0 and < MaxSubjectLength
            && CommentHeadings.Classify(Whitespace.Collapse(text)) == CommentHeadings.Kind.None;
    }

    private static bool IsTitleOrPermalinkOnly(IElement heading) =>
        heading.HasAttribute("property")
        || (heading.Children.Length == 1 && heading.Children[0].ClassList.Contains("permalink")
            && heading.Children[0].GetAttribute("href")?.Contains("/comment/", StringComparison.Ordinal) == true
            && heading.TextContent.Trim().Length == heading.Children[0].TextContent.Trim().Length);

    private static bool IsSubjectHeading(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" && NodeText.IsShorterThan(element, 200) && element.Nearest(".comment") is not null;
}

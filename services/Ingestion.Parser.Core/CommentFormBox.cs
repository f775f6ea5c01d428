using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Add your comment&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;form&gt;…&lt;textarea&gt;…&lt;/form&gt;&lt;i&gt;The Sentinel reviews comments
/// and will remove those that are abusive …&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;": a table-era page sets its comment form in the
/// story's own cell, in a small box with a heading and the house rules beside the form. The form's fields never reach
/// the text, but its heading and rules would, as the story's last paragraphs. A form with a text area (a comment or
/// letter form; a search or sign-up form has none) takes the small box around it that holds little else.
/// </summary>
internal static class CommentFormBox
{
    /// <summary>A heading, a "Name:" label and a line or two of rules; a story, even a brief, runs longer.</summary>
    private const int MaxTextBesideForm = 300;

    /// <summary>A comment form's labels and buttons; ASP.NET wraps the whole page in one form.</summary>
    private const int MaxFormLength = 1000;

    public static void Remove(IDocument document, IElement?[] rootCandidates)
    {
        foreach (var form in document.SelectAll("form").Where(form => form.SelectFirst("textarea") is not null).ToList())
        {
            var formLength = ShownLength.Of(form.TextContent);
            if (form.ParentElement is null || formLength >= MaxFormLength)
            {
                continue;
            }

            var box = form;
            while (box.ParentElement is { LocalName: not ("body" or "html" or "main" or "article") } parent && !rootCandidates.Any(candidate => candidate is not null && parent.Contains(candidate))
                   && parent.SelectFirst("h1") is null && ShownLength.Of(parent.TextContent) - formLength < MaxTextBesideForm)
            {
                box = parent;
            }

            // A section named for comments holding the form, its heading and a long paragraph of rules (CommentNamedFormSection).
            if (box.ParentElement is { } section && CommentNamedFormSection.Is(section, box) && !rootCandidates.Any(candidate => candidate is not null && section.Contains(candidate)))
            {
                box = section;
            }

            box.Remove();
        }
    }

    /// <summary>
    /// "&lt;div id="comments"&gt;&lt;form class="comment-form"&gt;…&lt;textarea&gt;…&lt;fieldset&gt;&lt;legend&gt;Text formats options&lt;/legend&gt;…&lt;/form&gt;&lt;div
    /// class="comment"&gt;…": Drupal sets the reply form inside the thread's box, over the first comment. Its labels, the text
    /// format's legend and its tips ("Allowed HTML tags: …", "Lines and paragraphs break automatically.") are no comment
    /// and name no commenter; a form with a text area goes before the thread is read.
    /// </summary>
    public static void RemoveFrom(IElement container)
    {
        foreach (var form in container.SelectAll("form").Where(form => form.SelectFirst("textarea") is not null && ShownLength.Of(form.TextContent) < MaxFormLength).ToList())
        {
            form.Remove();
        }
    }
}

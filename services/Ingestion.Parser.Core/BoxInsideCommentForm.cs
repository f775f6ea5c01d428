using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;form id="comment-form" action="/comment/reply/64063"&gt;&lt;div id="article_footer_comment_box"&gt;Réagir … Vous devez vous
/// connecter pour poster un commentaire.&lt;/div&gt;&lt;/form&gt;&lt;div class="article_footer_comments"&gt;…": Drupal's reply form, set
/// above the thread, holds boxes whose ids name comments (the form's own box, "edit-comment-wrapper"). Taken for the thread,
/// such a box yields its sign-in prompt and no comment, and the thread after the form is never read. A box inside a form
/// that names comments in its id, class or action (Drupal's "comment-form" posting to "/comment/reply/…", WordPress's
/// "commentform" posting to "wp-comments-post.php") is where a comment is written, not the thread. A page wrapped whole in
/// one form (ASP.NET's "aspnetForm") names no comment, so its thread is still found inside it.
/// </summary>
internal static class BoxInsideCommentForm
{
    public static bool Is(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "form")
            {
                return IsCommentForm(ancestor);
            }
        }

        return false;
    }

    /// <summary>Whether a form names comments in its id, class or action: where a comment is written.</summary>
    internal static bool IsCommentForm(IElement form) => NamesComment(form.Id) || NamesComment(form.ClassName) || NamesComment(form.GetAttribute("action"));

    /// <summary>Whether an id, class or address names comments ("comment-form", "commentlist", "/comment/reply/…").</summary>
    internal static bool NamesComment(string? value) => value?.Contains("comment", StringComparison.OrdinalIgnoreCase) == true;
}

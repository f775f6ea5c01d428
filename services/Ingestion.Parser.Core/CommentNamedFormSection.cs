using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="leaveComment"&gt;&lt;h2&gt;Your say&lt;/h2&gt;&lt;p&gt;Questions? Additions? … every comment is read before it
/// appears; your e-mail address is only used …&lt;/p&gt;&lt;form&gt;…&lt;textarea&gt;…": a blog sets its comment form in a section of
/// its own, named for comments, with a heading and a paragraph of house rules longer than <see cref="CommentFormBox"/>
/// lets a small box hold. The section's name and its make (the form, headings and a paragraph or two, no list or item a
/// thread would hold) say it is the form's box: its heading and rules are no paragraphs of the story.
/// Cost: asked for the one element where the form's box stopped growing: its class and id, and its children's names.
/// </summary>
internal static class CommentNamedFormSection
{
    private const int MaxParagraphs = 3;

    private static readonly PhraseSet CommentWords = new(["comment", "kommentar", "respond", "reply", "commentaire", "comentario"]);

    public static bool Is(IElement box, IElement formBox)
    {
        if (box.LocalName is not ("section" or "div" or "aside") || !NamesComments(box.GetAttribute("class")) && !NamesComments(box.GetAttribute("id")))
        {
            return false;
        }

        var paragraphs = 0;
        foreach (var child in box.Children)
        {
            if (child == formBox || child.LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                continue;
            }

            if (child.LocalName != "p" || ++paragraphs > MaxParagraphs)
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesComments(string? name) => name is not null && CommentWords.FoundIn(name);
}

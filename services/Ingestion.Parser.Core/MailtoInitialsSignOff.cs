using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… im heise shop erhältlich).&lt;span&gt;(&lt;a href="mailto:grh@…" title="Name"&gt;grh&lt;/a&gt;)&lt;/span&gt;&lt;/p&gt;": a German
/// news ticker signs the text with the editor's initials in brackets, a mail link, glued to the last paragraph. Set on a
/// line of their own, "(ju)", the initials are a sign-off (<see cref="DeskSignOff"/>): no body, no writer. Glued on, they
/// are moved to a paragraph of their own after it, where the sign-off rules read them; the paragraph keeps its words.
/// Only two to five small letters that are a mail link, right between the brackets, are taken.
/// </summary>
internal static class MailtoInitialsSignOff
{
    public static void Remove(IElement root)
    {
        foreach (var link in root.SelectAll("a[href^='mailto:']").ToList())
        {
            if (!IsInitials(link.TextContent) || link.PreviousSibling is not IText { Data: var before } opening || link.NextSibling is not IText { Data: var after } closing
                || !before.AsSpan().TrimEnd().EndsWith("(") || !after.AsSpan().TrimStart().StartsWith(")")
                || link.Nearest("p") is not { ParentElement: { } holder } paragraph)
            {
                continue;
            }

            var initials = link.TextContent.Trim();
            var signed = Whitespace.Collapse(paragraph.TextContent);
            if (signed.Length <= initials.Length + 2)
            {
                // On a line of its own already.
                continue;
            }

            opening.Data = before.AsSpan().TrimEnd()[..^1].ToString();
            closing.Data = after.AsSpan().TrimStart()[1..].ToString();
            var span = link.ParentElement;
            link.Remove();
            if (span is { LocalName: "span" } && span.TextContent.AsSpan().Trim().IsEmpty)
            {
                span.Remove();
            }

            var signOff = paragraph.Owner!.CreateElement("p");
            signOff.TextContent = "(" + initials + ")";
            holder.InsertBefore(signOff, paragraph.NextSibling);
        }
    }

    private static bool IsInitials(string text)
    {
        var initials = text.AsSpan().Trim();
        if (initials.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in initials)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}

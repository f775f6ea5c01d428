using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;{{page.content.lastUpdateUser.fullName}} - {{page.content.lastUpdateTime | date : 'dd/MM/yyyy'}}&lt;/div&gt;",
/// "&lt;div ng-if="rubedo.fieldEditMode"&gt;&lt;h2&gt;Modification de page en cours&lt;/h2&gt;&lt;/div&gt;": a page saved before its
/// script filled it (AngularJS, Vue, Handlebars) still holds the template: placeholders in double braces, and blocks
/// shown only when a condition the script never evaluated holds. A reader of the rendered page sees neither the
/// placeholders nor, as often as not, those blocks (editors' toolbars, empty states), so both are no text. Only a page
/// with placeholders in two places at least, outside code samples, is taken for an unrendered template: an article
/// quoting "{{ name }}" once in its prose is left alone.
/// </summary>
internal static class UnrenderedTemplateText
{
    private const int MinPlaceholders = 2;

    /// <summary>Attributes of the client-side frameworks that show their element only when a condition holds.</summary>
    private const string ConditionalElements = "[ng-if], [ng-show], [ng-hide], [data-ng-if], [data-ng-show], [data-ng-hide], [v-if], [v-show], [x-show]";

    public static void Remove(IDocument document, string html)
    {
        if (!html.Contains("{{", StringComparison.Ordinal) || document.Body is not { } body)
        {
            return;
        }

        var holders = new List<IElement>();
        var seen = new HashSet<IElement>();
        foreach (var text in body.Descendants<IText>())
        {
            if (HasPlaceholder(text.Data) && text.ParentElement is { } holder && holder.Nearest("code, pre, kbd, samp, script, style, textarea") is null
                && seen.Add(holder))
            {
                holders.Add(holder);
            }
        }

        if (holders.Count < MinPlaceholders)
        {
            return;
        }

        // A page its server rendered from the script's template keeps the conditions on the blocks it chose to fill: a
        // conditional block holding paragraphs of prose says they were evaluated, and none is left to hide (ConditionalBlockWithProse).
        var conditionals = body.SelectAll(ConditionalElements).ToList();
        if (!conditionals.Exists(ConditionalBlockWithProse.Is))
        {
            foreach (var conditional in conditionals)
            {
                conditional.Remove();
            }
        }

        foreach (var holder in holders)
        {
            holder.Remove();
        }
    }

    /// <summary>"{{ expression }}": two opening braces, then two closing ones after something.</summary>
    private static bool HasPlaceholder(string text)
    {
        var open = text.IndexOf("{{", StringComparison.Ordinal);
        return open >= 0 && open + 3 < text.Length && text.IndexOf("}}", open + 3, StringComparison.Ordinal) > open;
    }
}

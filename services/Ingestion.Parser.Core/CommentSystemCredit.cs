using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="vf-conversations-footer"&gt;&lt;a&gt;Community guidelines&lt;/a&gt;&lt;span&gt;Powered by Viafoura&lt;/span&gt;&lt;/div&gt;":
/// a comment system closes its thread with its own credit and a link or two beside it. Rendered as text, the two run
/// into one line under the last comment ("Community guidelinesPowered by Viafoura") and read as its last paragraph.
/// The credit ("Powered by …", a short leaf that is no paragraph) goes, with the small box of links around it when that box holds no paragraph.
/// </summary>
internal static class CommentSystemCredit
{
    private const int CreditLength = 40;

    private const int BoxLength = 100;

    public static void Remove(IElement container)
    {
        foreach (var credit in container.SelectAll("span, a, div, small").Where(IsCredit).ToList())
        {
            var box = credit.ParentElement is { } parent && parent != container && NodeText.IsShorterThan(parent, BoxLength)
                && parent.SelectFirst("p, time") is null
                    ? parent
                    : credit;
            box.Remove();
        }
    }

    private static bool IsCredit(IElement element)
    {
        if (element.ChildElementCount > 0)
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        return text.Length < CreditLength && text.StartsWith("Powered by ", StringComparison.OrdinalIgnoreCase);
    }
}

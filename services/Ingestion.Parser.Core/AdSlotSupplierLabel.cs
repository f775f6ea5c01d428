using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="bannerwrapper"&gt;&lt;div id="slot_mr_1"&gt;&lt;/div&gt;&lt;span class="txt_xs"&gt;Anzeige symplr&lt;/span&gt;&lt;/div&gt;": an ad slot
/// between the text's paragraphs, its (empty) slot element first, then the ad label with the name of the network that
/// fills it after the label word. The box holds nothing else: label, network and slot go together.
/// </summary>
/// <remarks>
/// <see cref="AdLabelBox"/> takes a box opened by its label; here the empty slot opens it and the network's name follows
/// the label word in the same element, so the label is no bare ad word.
/// </remarks>
internal static class AdSlotSupplierLabel
{
    /// <summary>The label word and the network's one-word name: "Anzeige symplr", "Advertisement Teads".</summary>
    private const int LongestLabel = 30;

    /// <summary>Whether <paramref name="box"/> holds only an empty slot element and, after it, "label network".</summary>
    public static bool Is(IElement box, Func<string, bool> isAdWord)
    {
        if (box.ChildElementCount is < 2 or > 3 || box.FirstElementChild is not { } slot || slot.ChildElementCount > 0 || slot.TextContent.Trim().Length > 0
            || NodeText.IsLongerThan(box, 200))
        {
            return false;
        }

        var text = Whitespace.Collapse(box.TextContent);
        var space = text.IndexOf(' ');
        return text.Length <= LongestLabel && space > 0 && text.IndexOf(' ', space + 1) < 0 && isAdWord(text[..space])
            && char.IsLetter(text[space + 1]) && !Words.EndsSentence(text.AsSpan(space + 1));
    }
}

using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="disturber"&gt;&lt;h2&gt;Local reporting needs you&lt;/h2&gt;&lt;p&gt;… Readers like you paid for this
/// story. &lt;a href="/support"&gt;Support us!&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;" under or between a story's paragraphs: a donation or
/// subscription appeal under a heading of its own, whose pitch ends in the button's link. The text path knows the box by
/// its button on a line of its own (`CallToActionBox`); here the button ends the pitch's paragraph, and only the markup
/// tells it apart from a story's last sentence. A box whose last words are no such button, or that has no heading, stays.
/// A page builder's box ("&lt;section class="elementor-section"&gt;…&lt;div class="elementor-widget-container"&gt;&lt;h3&gt;Your
/// gift&lt;/h3&gt;…&lt;a class="elementor-button"&gt;Donate now&lt;/a&gt;") opens with its heading under wrapper divs alone
/// (<see cref="WrappedOpeningHeading"/>).
/// </summary>
internal static class HeadedAppealBox
{
    private const int LongestBox = 700;
    private const int MostLevels = 4;

    /// <summary>
    /// A page builder wraps the heading, the pitch and the button each in widget, column and section divs of their own, so
    /// the box that holds all three stands many levels over the button; there its heading opens it under wrappers alone.
    /// </summary>
    private const int MostWrappedLevels = 10;

    public static void Remove(IElement root)
    {
        foreach (var link in root.SelectAll("a").Where(link => IsButton(link) || MembershipPlatformLink.Is(link)).ToList())
        {
            // A membership platform's link (MembershipPlatformLink) may stand anywhere in the pitch; a button ends it.
            var anywhere = !IsButton(link);
            var level = 0;
            for (var box = link.ParentElement; box is not null && box != root && level < MostWrappedLevels; box = box.ParentElement, level++)
            {
                var content = Whitespace.Collapse(box.TextContent);
                if (content.Length > LongestBox)
                {
                    break;
                }

                if (box.LocalName is "div" or "aside" or "section" && (level < MostLevels ? (box.FirstElementChild is { LocalName: "h2" or "h3" or "h4" or "h5" } || (anywhere && box.FirstElementChild is { LocalName: "h1" })) : WrappedOpeningHeading.Opens(box))
                    && (anywhere || content.EndsWith(Whitespace.Collapse(link.TextContent), StringComparison.Ordinal)))
                {
                    box.Remove();
                    break;
                }
            }
        }
    }

    private static bool IsButton(IElement link) =>
        NodeText.IsShorterThan(link, 40) && CallToActionBox.Buttons.Contains(Whitespace.Collapse(link.TextContent).TrimEnd(' ', '!', '»', '›', '→'));
}

using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;hr /&gt;&lt;p&gt;Want to read the other interviews of the series? Read about:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a
/// href="/2019-03-08-…/"&gt;Name&lt;/a&gt;, Role at Company&lt;/li&gt;…&lt;/ul&gt;&lt;p&gt;Check back soon …&lt;/p&gt;": a series
/// closes each post with a box set off by a rule under the text: a lead-in ending with a colon over a list whose every
/// item opens with a link to another post of the same site. The box is the series' teaser, no paragraph of this post.
/// </summary>
internal static class SeriesBoxUnderRule
{
    /// <summary>A lead-in, a list of a few links and a closing line; a longer run under the rule is text (an appendix, notes).</summary>
    private const int LongestBox = 1200;

    private const int LongestLeadIn = 200;

    public static void Remove(IElement root)
    {
        var rules = root.SelectAll("hr");
        var rule = rules.Count > 0 ? rules[^1] : null;
        if (rule?.ParentElement is null)
        {
            return;
        }

        var after = new List<IElement>();
        for (var sibling = rule.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            after.Add(sibling);
        }

        var lists = after.Where(element => element.LocalName is "ul" or "ol").ToList();
        if (lists.Count != 1 || after.Any(element => element.LocalName is not ("p" or "ul" or "ol"))
            || after.Sum(element => element.TextContent.Length) > LongestBox)
        {
            return;
        }

        var list = lists[0];
        var index = after.IndexOf(list);
        if (index == 0 || Whitespace.Collapse(after[index - 1].TextContent) is not { Length: > 0 and <= LongestLeadIn } leadIn || !leadIn.EndsWith(':')
            || !IsListOfPostLinks(list))
        {
            return;
        }

        rule.Remove();
        foreach (var element in after)
        {
            element.Remove();
        }
    }

    /// <summary>Two or more items, each opening with a link, all to one site.</summary>
    private static bool IsListOfPostLinks(IElement list)
    {
        var items = list.Children.Where(child => child.LocalName == "li").ToList();
        if (items.Count < 2)
        {
            return false;
        }

        string? host = null;
        foreach (var item in items)
        {
            if (item.SelectFirst("a[href]") is not { } link || Whitespace.Collapse(link.TextContent) is not { Length: > 0 } name
                || !Whitespace.Collapse(item.TextContent).StartsWith(name, StringComparison.Ordinal)
                || !Uri.TryCreate(link.GetAttribute("href"), UriKind.Absolute, out var address))
            {
                return false;
            }

            if ((host ??= address.Host) != address.Host)
            {
                return false;
            }
        }

        return true;
    }
}

using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="wp-block-column"&gt;&lt;h1&gt;Thanks for reading!&lt;/h1&gt;&lt;p&gt;… If you do, please &lt;a
/// href="https://steadyhq.com/en/radblog"&gt;support&lt;/a&gt; us so that we can keep going.&lt;/p&gt;&lt;p&gt;All the best, …&lt;/p&gt;&lt;/div&gt;":
/// a blog's appeal under its heading links to the membership platform that takes the readers' money (Steady, Patreon,
/// Ko-fi …) somewhere in its pitch, not as a closing button. The link to such a platform, a few words long, makes a
/// headed box of <see cref="HeadedAppealBox"/>'s size the appeal wherever it stands in it.
/// </summary>
internal static class MembershipPlatformLink
{
    private const int LongestLinkText = 40;

    private static readonly string[] Hosts =
        ["steadyhq.com", "patreon.com", "ko-fi.com", "buymeacoffee.com", "liberapay.com", "paypal.me", "opencollective.com", "flattr.com", "donorbox.org"];

    public static bool Is(IElement link)
    {
        if (link.GetAttribute("href") is not { Length: > 10 } href || NodeText.IsLongerThan(link, LongestLinkText)
            || !Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host;
        foreach (var platform in Hosts)
        {
            if (host.Equals(platform, StringComparison.OrdinalIgnoreCase)
                || (host.EndsWith(platform, StringComparison.OrdinalIgnoreCase) && host[^(platform.Length + 1)] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}

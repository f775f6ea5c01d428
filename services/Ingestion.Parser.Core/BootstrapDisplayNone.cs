namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="d-none d-print-block"&gt;Citation: … This document is subject to copyright …&lt;/div&gt;": Bootstrap's
/// display utilities hide an element with "d-none" (and Bootstrap 3's "hidden-xs" family hides it only on some
/// screens, so it is left alone). A "d-none" the same list shows again at a screen width ("d-none d-lg-block", a rail
/// shown on wide screens) is shown; one shown again only on paper ("d-print-block") is hidden from a reader on screen.
/// </summary>
internal static class BootstrapDisplayNone
{
    private static readonly WordSet ScreenBreakpoints = new("sm", "md", "lg", "xl", "xxl");

    public static bool Hides(string? className)
    {
        var names = className.AsSpan();
        if (names.IndexOf("d-none", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var none = false;
        foreach (var range in names.SplitAny(" \t\n\r\f"))
        {
            var name = names[range];
            if (name is "d-none")
            {
                none = true;
            }
            else if (ShowsAtScreenWidth(name))
            {
                return false;
            }
        }

        return none;
    }

    /// <summary>"d-lg-block", "d-md-flex", "d-sm-inline-block": shown from that width on; "d-print-block" and "d-lg-none" are not.</summary>
    private static bool ShowsAtScreenWidth(ReadOnlySpan<char> name)
    {
        if (!name.StartsWith("d-", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name[2..];
        var dash = rest.IndexOf('-');
        return dash > 0 && ScreenBreakpoints.Contains(rest[..dash]) && rest[(dash + 1)..] is not "none";
    }
}

using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="g-portrait g-desktop-only"&gt;…&lt;/div&gt;&lt;div class="g-portrait g-mobile-only"&gt;…&lt;/div&gt;": a responsive
/// template prints one box twice, once laid out for wide screens and once for phones, and its stylesheet shows one of
/// the two. A reader sees the box once; read as written, every heading, paragraph and credit of it would come twice. The
/// phone's copy is dropped when a sibling of it is the wide screen's ("…mobile-only" beside "…desktop-only").
/// </summary>
internal static class MobileOnlyTwin
{
    /// <summary>Whether <paramref name="element"/>, whose class is <paramref name="className"/>, is the phone's copy of a box its sibling shows.</summary>
    public static bool Hides(IElement element, string className)
    {
        // Cheap gate: a class that names the phone's layout.
        if (!className.Contains("mobile", StringComparison.Ordinal) || !HasName(className, "mobile-only"))
        {
            return false;
        }

        return IsWideScreenCopy(element.PreviousElementSibling) || IsWideScreenCopy(element.NextElementSibling);
    }

    private static bool IsWideScreenCopy(IElement? sibling) =>
        sibling?.GetAttribute("class") is { } siblingClass && siblingClass.Contains("desktop", StringComparison.Ordinal)
        && HasName(siblingClass, "desktop-only");

    /// <summary>Whether one of the class's names is <paramref name="suffix"/> or ends with it after a dash ("g-mobile-only").</summary>
    private static bool HasName(string className, string suffix)
    {
        var names = className.AsSpan();
        foreach (var range in names.SplitAny(" \t\n\r\f"))
        {
            var name = names[range];
            if (name.EndsWith(suffix, StringComparison.Ordinal) && (name.Length == suffix.Length || name[^(suffix.Length + 1)] == '-'))
            {
                return true;
            }
        }

        return false;
    }
}

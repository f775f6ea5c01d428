using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;img alt="…" data-src="/images/harbour-crane.gif"&gt;&lt;p class="credit"&gt;Animation by Name&lt;/p&gt;&lt;/figure&gt;": a
/// lazy loader leaves the picture's <c>src</c> out until the reader scrolls to it and names the file only in
/// <c>data-src</c> (or <c>data-original</c>, <c>data-lazy-src</c>). The reader still sees a picture of its own there, so
/// the same credit under two such pictures is two caption entries, as it is under two pictures with a <c>src</c>
/// (<see cref="RepeatedCreditOwnPicture"/>). Asked only when <c>src</c> is missing or empty, so a picture that names its
/// file keeps being read by it.
/// </summary>
internal static class LazyPictureFile
{
    private static readonly string[] LazySources = ["data-src", "data-original", "data-lazy-src"];

    /// <summary>The address the picture shows: its <c>src</c>, else the one its lazy loader will set; null when it names none.</summary>
    public static string? Source(IElement image)
    {
        if (image.GetAttribute("src") is { Length: > 0 } source)
        {
            return source;
        }

        foreach (var name in LazySources)
        {
            if (image.GetAttribute(name) is { Length: > 0 } lazy)
            {
                return lazy;
            }
        }

        return null;
    }
}

using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="portlet-body profile"&gt;…&lt;h1&gt;Name&lt;/h1&gt;…&lt;time datetime="2024-02-11T18:40:12Z"&gt;…&lt;/time&gt;&lt;p&gt;About: …":
/// the writer's profile card under a story (a fiction platform's writer profile, a blog's author box) dates the
/// account (joined, last active), not the story. On a page whose story shows no time of its own the card's time was taken
/// for the publication, by its markup and by its text. A time inside a box whose class names a profile leaves the page
/// once the comments are read.
/// </summary>
internal static class WriterProfileTime
{
    private static readonly WordSet ProfileWords = new(["profile", "profil"]);

    /// <summary>How many boxes up the card's class is looked for.</summary>
    private const int Levels = 6;

    /// <summary>Takes the times inside profile cards out of the page, once the thread (whose cards date comments) has left it.</summary>
    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var time in body.SelectAll("time").Where(Is).ToList())
        {
            time.Remove();
        }
    }

    public static bool Is(IElement time)
    {
        var box = time.ParentElement;
        for (var level = 0; level < Levels && box is not null && box.LocalName is not ("body" or "html" or "article"); level++, box = box.ParentElement)
        {
            if (box.ClassName is { } names && ProfileWords.ContainsNamePart(names))
            {
                return true;
            }
        }

        return false;
    }
}

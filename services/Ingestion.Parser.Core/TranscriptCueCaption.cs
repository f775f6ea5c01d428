using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="video-full-transcript-text" style="display: none;"&gt;&lt;span class="text-transcript-caption
/// video-transcript-caption"&gt;00:01 But according to …&lt;br&gt;&lt;/span&gt;…": a video player's machine transcript prints each
/// cue as a line whose class joins "transcript" to "caption" (a caption in the subtitle sense, one timed line of speech).
/// It captions no picture, and a clip's transcript, hidden behind its "Video Transcript" toggle, is no text of the story
/// either: each cue line is dropped. Known by a class part that names a transcript on the caption element itself, so a
/// picture's caption inside a box about a transcript ("interview-transcript") is still read.
/// </summary>
internal static class TranscriptCueCaption
{
    private const string Transcript = "transcript";

    public static bool Is(IElement caption)
    {
        foreach (var name in caption.ClassList)
        {
            if (name.Contains(Transcript, StringComparison.OrdinalIgnoreCase) && name.Contains("caption", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="lazy-image" data-src="…"&gt;&lt;noscript&gt;&lt;img src="…"&gt;&lt;/noscript&gt;&lt;div class="image-overlay"&gt;&lt;a
/// href="…pinterest…"&gt;&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class="credit"&gt;Name&lt;/div&gt;": a lazy loader keeps the picture's
/// fallback in a noscript inside the picture's box; read without scripts, the noscript is one more wrapper around the
/// picture, so the box around it is the lone picture box (<see cref="LonePictureBox"/>) and the credit under the box is the
/// picture's caption entry, as it is under a plain picture.
/// </summary>
internal static class NoscriptPictureWrapper
{
    public const string Name = "noscript";
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "Slideshow ( 15 images )", "Gallery (8 photos)", "12 Photos": the label a story's inline slideshow prints in its
/// figcaption over the first picture. It counts the pictures behind a button; it is no caption of any of them.
/// </summary>
internal static class GalleryCountLabel
{
    private static readonly WordSet Labels = new("slideshow", "gallery", "photos", "pictures", "images", "photo gallery", "picture gallery", "galerie", "fotogalerie", "bildergalerie", "galería", "galleria");

    private static readonly WordSet Units = new("images", "photos", "pictures", "slides", "image", "photo", "picture", "slide", "fotos", "bilder", "imágenes", "foto", "immagini");

    public static bool Is(string caption)
    {
        if (caption.Length > 40)
        {
            return false;
        }

        // "Slideshow ( 15 images )": the count in brackets after the label, or alone ("12 Photos").
        var text = caption.AsSpan().Trim();
        var open = text.IndexOf('(');
        if (open >= 0)
        {
            if (!text.EndsWith(")") || !Labels.Contains(text[..open].Trim(" :")))
            {
                return false;
            }

            text = text[(open + 1)..^1].Trim();
        }

        var space = text.IndexOf(' ');
        return space > 0 && int.TryParse(text[..space], out var count) && count > 0 && Units.Contains(text[(space + 1)..].Trim());
    }
}

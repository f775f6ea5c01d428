using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DashListRunItemTests
{
    private const string Post = "Obstbaumschnitt im Herbst\n\n"
        + "Im Herbst ziehen sich die Säfte in die Wurzeln zurück, und die Schnittwunden verheilen dann besonders gut.\n\n"
        + "Im Kurs:\n"
        + "–      Obstbäume schneiden\n"
        + "– Wurzeln – Rinde – Erde und Knospen\n"
        + "– Werkzeug pflegen\n\n"
        + "Der Kurs findet an zwei Samstagen im Oktober statt, Anmeldungen nimmt der Verein bis Ende September entgegen.\n";

    [Fact]
    public void Each_dashed_item_and_the_label_over_them_stay_in_the_text()
    {
        var parsed = TextPageSplitter.Split(Post);
        Assert.Equal(
            ["Im Kurs:", "– Obstbäume schneiden", "– Wurzeln – Rinde – Erde und Knospen", "– Werkzeug pflegen"],
            parsed.BodyParagraphs.Skip(1).Take(4));
        Assert.Empty(parsed.Authors);
    }

    [Fact]
    public void A_dashed_line_next_to_another_is_a_run_item()
    {
        var lines = new PageLines(TextLine.Split("Im Kurs:\n– Obstbäume schneiden\n– Werkzeug pflegen\n\nDer Kurs findet statt."));
        Assert.True(DashListRunItem.Is(lines, 1, lines.Count));
        Assert.True(DashListRunItem.Is(lines, 2, lines.Count));
        Assert.False(DashListRunItem.Is(lines, 0, lines.Count));
    }

    [Fact]
    public void A_lone_dashed_line_or_a_browsers_bullet_is_none()
    {
        var lone = new PageLines(TextLine.Split("„Wer nie stolpert, kommt nie weit.“\n– Lena Hoff\n\nDer Kurs findet statt."));
        Assert.False(DashListRunItem.Is(lone, 1, lone.Count));
        var bullets = new PageLines(TextLine.Split("* Facebook\n* Twitter\n* E-Mail"));
        Assert.False(DashListRunItem.Is(bullets, 1, bullets.Count));
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineDateBeforeCategoriesTests
{
    [Theory]
    [InlineData("By Lena Marquardt 4. März 2019 in Allgemein, Reisen, Rezepte", 30)]
    [InlineData("By Lena Marquardt March 4, 2019 in Travel", 31)]
    [InlineData("By Lena Marquardt in Berlin, 4. März 2019", -1)]
    [InlineData("By Lena Marquardt 4. März 2019 in the morning", -1)]
    [InlineData("We met 4 times in Hamburg, Berlin and the rest of the country.", -1)]
    public void The_categories_start_at_in_after_a_date(string row, int at) =>
        Assert.Equal(at, BylineDateBeforeCategories.CategoriesAt(row));

    [Fact]
    public void The_row_gives_the_writer_and_the_day()
    {
        var found = default(MetadataLine.Found);

        Assert.True(MetadataLine.TryRead("By Lena Marquardt 4. März 2019 in Allgemein, Reisen, Rezepte 12 Comments", ref found));
        Assert.Equal(["Lena Marquardt"], found.Authors);
        Assert.Equal("2019-03-04", found.Time?.ToIso());
    }

    [Fact]
    public void The_row_over_the_headline_dates_the_post()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "<html><head><title>Die neue Bäckerei am Kanal – Lenas Blog</title></head><body><article class=\"post\">"
            + "<div class=\"content-meta\"><span class=\"meta-author\">By <a href=\"https://lena.example/author/lena-m/\">Lena Marquardt</a></span> "
            + "<span class=\"meta-date\">4. März 2019</span> <span class=\"meta-category\">in <a href=\"/c/a\" rel=\"category tag\">Allgemein</a>, "
            + "<a href=\"/c/r\" rel=\"category tag\">Reisen</a></span> <span class=\"meta-comment\"><a href=\"#comments\">2 Comments</a></span></div>"
            + "<h1 class=\"content-title\">Die neue Bäckerei am Kanal</h1><div class=\"entry\">"
            + "<p>Seit zwei Wochen gibt es am Kanal eine kleine Bäckerei, die jeden Morgen um sechs Uhr ihre ersten Brote aus dem Ofen holt.</p>"
            + "<p>Ich habe das Roggenbrot mit Walnüssen probiert und bin seitdem jeden Samstag dort, meistens schon vor acht.</p>"
            + "</div></article></body></html>"), "page.html");

        Assert.Equal("2019-03-04", page.PublishedAt);
        Assert.Equal(["Lena Marquardt"], page.Authors);
    }
}

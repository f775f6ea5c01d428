using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourceCreditTests
{
    [Theory]
    [InlineData("Bron: Belga", 0)]
    [InlineData("Quelle: dpa", 0)]
    [InlineData("Fonte: Lusa", 0)]
    [InlineData("Bron: Belga/AFP", 0)]
    [InlineData("26/09/13 - 18u42  Bron: Belga", 18)]
    [InlineData("来源：河边日报", 0)]
    [InlineData("2015-11-23 06:48 来源：河边日报", 17)]
    [InlineData("2015-11-23 06:48来源：河边日报", 16)]
    public void A_source_label_and_its_agency_are_found(string segment, int start) =>
        Assert.Equal(start, SourceCredit.Start(segment));

    [Theory]
    [InlineData("Source: AFP")]
    [InlineData("Bron: een ambtenaar van het ministerie die anoniem wil blijven.")]
    [InlineData("Zijn bron: 12 procent")]
    [InlineData("De woning in de Edegemsestraat brandde volledig uit.")]
    [InlineData("Bronnen in Mortsel")]
    [InlineData("Wirtschaftsquelle: dpa")]
    [InlineData("消息来源：一位不愿透露姓名的官员说，渡轮明年开通。")]
    public void Other_lines_hold_no_source_credit(string segment) =>
        Assert.Equal(-1, SourceCredit.Start(segment));

    private const string Story = """
        Nieuws › Regio › Mortsel
        Brandweer redt twee kinderen uit brandende rijwoning in Mortsel
        HEADER
        In een rijwoning in de Edegemsestraat in Mortsel is donderdagnamiddag een zware brand uitgebroken. De brandweer kon twee kinderen redden.
        De brand brak kort na 16 uur uit in de keuken op het gelijkvloers. De moeder van de kinderen was op dat moment boodschappen doen.
        """;

    [Theory]
    [InlineData("26/09/13 - 18u42  Bron: Belga")]
    [InlineData("26/09/13 - 18u42\nBron: Belga")]
    public void The_agency_after_the_date_names_no_author_and_keeps_the_date(string header)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story.Replace("HEADER", header, StringComparison.Ordinal)), "page.txt");
        Assert.Empty(page.Authors);
        Assert.Equal("2013-09-26T18:42:00", page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_writer_beside_the_date_is_still_the_author()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story.Replace("HEADER", "26/09/13 - 18u42  Annelies Verhaegen", StringComparison.Ordinal)), "page.txt");
        Assert.Equal(["Annelies Verhaegen"], page.Authors);
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionBeforeBylineNamesTests
{
    private const string Page = """
        <html><head><title>Wie teuer wird das Wohnen, Herr Berger?</title></head><body>
        <div class="article"><div class="article__author">
            Wirtschaft &#xB7; Mara Quist, Tom Hale    </div>
        <div class="article__content"><p class="title">Wie teuer wird das Wohnen, Herr Berger?</p>
        <p>BLATT: Herr Berger, die Mieten in der Stadt steigen seit Jahren schneller als die Löhne. Wann hört das auf?</p>
        <p>Berger: So bald nicht, fürchte ich, denn es wird zu wenig gebaut, und die Zinsen machen das Bauen seit zwei Jahren teurer als je zuvor.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void The_section_before_the_writers_names_is_no_name()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "wohnen.html");
        Assert.Equal(["Mara Quist", "Tom Hale"], page.Authors);
    }

    [Theory]
    [InlineData("Politik · Mara Quist, Tom Hale", "Mara Quist, Tom Hale")]
    [InlineData("Neue Welt · Mara Quist", "Neue Welt · Mara Quist")]
    [InlineData("Mara Quist · 3. Mai 2019", "Mara Quist · 3. Mai 2019")]
    public void Only_one_capitalised_word_before_the_dot_is_a_section(string line, string left) =>
        Assert.Equal(left, SectionBeforeBylineNames.Strip(line));
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContactSectionTailTests
{
    private static ParsedPage Parse(string tail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Glacier survey finds older ice than expected</title></head><body>
        <div class="news-single"><h1>Glacier survey finds older ice than expected</h1>
        <div class="news-text">
        <div><p>A team of geographers from three universities spent six weeks drilling cores on the northern glacier this spring, and the oldest layers they reached are far older than earlier surveys assumed.</p></div>
        <div><p>The cores will be dated in the laboratory over the winter, and the first results are to be published next year in a joint report of the three institutes.</p></div>
        <div><p><strong>Contact:</strong><br />Professor Lena Marsh<br />Institute of Geography, Example University<br />l.marsh(at)example.edu</p></div>
        {{tail}}
        </div></div></body></html>
        """), "glacier.html");

    [Fact]
    public void The_contacts_after_the_first_block_are_no_body()
    {
        var page = Parse("""
            <div><p>Dr. Tomas Reyes<br />Centre for Polar Research, Northport, Unit 2: Ice and Climate<br />t.reyes(at)polar.example.org</p></div>
            <div><p><strong>Press office:</strong><br />Mia Lund<br />+44 161 555-0142<br />press(at)example.edu<br /><strong>More online:</strong><br /><a href="http://www.example.org/glacier/">http://www.example.org/glacier/</a></p></div>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Mia Lund", page.BodyParagraphs);
    }

    [Fact]
    public void A_block_without_address_phone_or_link_ends_the_section()
    {
        var lines = new PageLines(TextLine.Split("""
            Contact:
            Professor Lena Marsh
            l.marsh(at)example.edu

            Dr. Tomas Reyes
            t.reyes(at)polar.example.org

            Opening hours
            Monday to Friday
            """));
        Assert.Equal(5, ContactSectionTail.End(lines, 2, lines.Count));
    }

    [Fact]
    public void A_date_alone_is_no_phone_number()
    {
        var lines = new PageLines(TextLine.Split("""
            Contact:
            Professor Lena Marsh
            l.marsh(at)example.edu

            07/12/2017
            """));
        Assert.Equal(2, ContactSectionTail.End(lines, 2, lines.Count));
    }
}

using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GalleryTitleAltTextTests
{
    private const string Story = """
        Hundert Jahre Seilbahn: Wie die Bergstation auf den Gipfel kam

           Vor hundert Jahren fuhr die erste Kabine auf den Hausberg. Ein Rückblick auf den Bau.
           05.06.2019 13:39 Uhr
           Von Lea Brandstätter

           Der Bau der Bergstation dauerte drei Sommer: Im Winter lag der Gipfel unter vier Metern Schnee, und die Arbeiter stiegen jeden Morgen zwei Stunden zu Fuß hinauf, bevor die erste Seilwinde lief.

           Hundert Jahre Seilbahn: Bilder aus der Bauzeit am Hausberg

           Arbeiter auf dem Gerüst der Bergstation, um 1918.

           Das Holz für die Stützen kam aus dem Tal, jeder Stamm wurde von Maultieren hinaufgezogen. Ein Stamm brauchte einen halben Tag, und nicht jedes Tier kam wieder herunter, wie die Chronik der Gemeinde festhält.

           Hundert Jahre Seilbahn: Bilder aus der Bauzeit am Hausberg

           Die erste Kabine bei der Probefahrt im Mai 1919.

           Zur Eröffnung kamen mehr als dreitausend Gäste, die meisten aus der Stadt, und die Bahn fuhr bis in die Nacht. Der Fahrpreis entsprach dem Tageslohn eines Maurers, was die Zeitung damals scharf kritisierte.
        """;

    [Fact]
    public void A_galleries_title_printed_over_each_picture_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story), "seilbahn.txt");

        Assert.DoesNotContain("Hundert Jahre Seilbahn: Bilder aus der Bauzeit am Hausberg", page.BodyParagraphs);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Zur Eröffnung kamen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refrain_that_comes_back_with_the_lines_under_it_stays()
    {
        var lines = new PageLines(TextLine.Split("""
            We will walk the river road tonight
            until the lanterns fade away

            The mill stood empty all that year.

            We will walk the river road tonight
            until the lanterns fade away
            """));

        Assert.Empty(GalleryTitleAltText.Find(lines, lines.Count, _ => false));
    }

    [Fact]
    public void A_caption_printed_twice_in_a_row_is_no_galleries_title()
    {
        var lines = new PageLines(TextLine.Split("""
            Raj Patel outside his shop in Market Street, which was broken into twice

            Raj Patel outside his shop in Market Street, which was broken into twice

            A corner shop has been broken into twice in five days, with thieves taking cigarettes and tobacco.
            """));

        Assert.Empty(GalleryTitleAltText.Find(lines, lines.Count, _ => false));
    }

    [Fact]
    public void The_headline_printed_again_is_left_to_the_headline_rules()
    {
        var lines = new PageLines(TextLine.Split("""
            Council votes to close the Elm Street library branch
            By Tom Hargreaves

            Council votes to close the Elm Street library branch
            The vote came after three hours of debate.
            """));

        Assert.Empty(GalleryTitleAltText.Find(lines, lines.Count, headline => headline.StartsWith("Council votes", StringComparison.Ordinal)));
    }
}

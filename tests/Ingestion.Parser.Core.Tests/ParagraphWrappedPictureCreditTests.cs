using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParagraphWrappedPictureCreditTests
{
    private static ParsedPage Parse(string figures) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Plane circles the city | Daily Wire Desk</title></head><body>
        <article><h1>Plane circles the city for an hour</h1><p class="byline">By Mara Quist</p>
        <section class="article-content">
        <p>A large grey plane circled the city for at least thirty minutes on Tuesday afternoon, causing quite a stir among people below.</p>
        {{figures}}
        <p>The air base said later that the crew was on a routine training flight and that nobody in the city had any reason to worry.</p>
        </section></article></body></html>
        """), "plane.html");

    [Fact]
    public void Each_pictures_credit_after_its_paragraph_is_an_entry()
    {
        var page = Parse("""
            <figure class="image"><p><img src="http://x.test/pic-2.jpg"></p> <div class="image-credit"><p>Image: jo bloggs/wire desk</p></div></figure>
            <figure class="image"><p><img src="http://x.test/pic-3.jpg"></p> <div class="image-credit"><p>Image: jo bloggs/wire desk</p></div></figure>
            <figure class="image"><p><img src="http://x.test/pic-4.jpg"></p> <div class="image-credit"><p>Image: ann lee/wire desk</p></div></figure>
            """);
        Assert.Equal(["Image: jo bloggs/wire desk", "Image: jo bloggs/wire desk", "Image: ann lee/wire desk"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_same_picture_twice_keeps_one_entry()
    {
        var page = Parse("""
            <figure class="image"><p><img src="http://x.test/pic-2.jpg"></p> <div class="image-credit"><p>Image: jo bloggs/wire desk</p></div></figure>
            <figure class="image"><p><img src="http://x.test/pic-2.jpg?w=480"></p> <div class="image-credit"><p>Image: jo bloggs/wire desk</p></div></figure>
            """);
        Assert.Equal(["Image: jo bloggs/wire desk"], page.Captions);
    }
}

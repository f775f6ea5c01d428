using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedCreditOwnPictureTests
{
    private static string Step(string text, string picture, string credit) => $"""
        <div class="mod step"><div class="stepContent mod"><div class="content"><p>{text}</p></div>
        <figure class="stepThumb"><img src="{picture}" alt="" class="photo"></figure>
        <figcaption class="small caption">{credit}</figcaption></div></div>
        """;

    private static ParsedPage Parse(string secondPicture) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>How to Paint a Garden Fence in a Weekend</title></head><body>
        <h1>How to Paint a Garden Fence in a Weekend</h1>
        <article>
        {Step("Brush the boards down with a stiff broom and let them dry for a day, since paint will not hold on damp or dusty wood.", "/upload/AB12/fence-brush.jpg", "Lena Varga/Stockroom/Getty Images")}
        {Step("Paint the edges of each board first with a small brush, then fill the faces with a roller in long strokes along the grain.", secondPicture, "Lena Varga/Stockroom/Getty Images")}
        </article></body></html>
        """), "howto.html");

    [Fact]
    public void The_same_credit_under_two_pictures_is_two_entries()
    {
        var page = Parse("/upload/CD34/fence-roller.jpg");

        Assert.Equal(["Lena Varga/Stockroom/Getty Images", "Lena Varga/Stockroom/Getty Images"], page.Captions);
    }

    [Fact]
    public void Two_crops_of_one_file_are_one_picture()
    {
        var page = Parse("/thumbor/2400x1600/upload/AB12/fence-brush.jpg?w=800");

        Assert.Equal(["Lena Varga/Stockroom/Getty Images"], page.Captions);
    }
}

using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FileNameCaptionTests
{
    [Theory]
    [InlineData("WEB19-Harbour-1160x768.jpg", true)]
    [InlineData("crane_at_dusk.PNG", true)]
    [InlineData("The crane at dusk, as seen from harbour.jpg", false)]
    [InlineData("Photo: Ana Ruiz", false)]
    public void A_lone_picture_file_name_is_no_caption(string text, bool fileName) => Assert.Equal(fileName, FileNameCaption.Is(text));

    [Fact]
    public void A_caption_box_holding_only_the_files_hidden_title_gives_no_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Why My Receipts Still Follow Me</title></head><body>
            <h1>Why My Receipts Still Follow Me</h1>
            <div class="blog-multimedia--figure-caption"><figure class="field-image"><div class="file file-image">
            <h2 class="element-invisible"><a href="/file/40012">WEB19-Receipts-1160x768.jpg</a></h2>
            <div class="content"><img src="/files/web19-receipts-1160x768.jpg" alt="A till receipt on a kitchen table"></div>
            </div></figure></div>
            <div class="story">
            <p>I have not used a loyalty card in six years, and I keep my receipts in a tin on the kitchen shelf by the door.</p>
            <p>None of that asks the people who never signed anything, which is the point of this post about the harbour shops.</p>
            </div></body></html>
            """), "page.html");

        Assert.Empty(page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}

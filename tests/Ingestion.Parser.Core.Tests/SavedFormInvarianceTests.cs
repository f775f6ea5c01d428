using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page saved another way (Windows line endings, a byte order mark, UTF-16, trailing spaces) splits the same:
/// users collect pages with many tools on many systems.
/// </summary>
public class SavedFormInvarianceTests
{
    public static TheoryData<string> Pages() =>
        [.. LabelledPages.All().Where(path => System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(path))).Select(LabelledPages.Relative)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_splits_the_same_however_it_was_saved(string page)
    {
        var path = Path.Combine(LabelledPages.RepositoryRoot, page);
        var name = Path.GetFileName(path);
        var text = File.ReadAllText(path);
        var original = ParsedPageJson.Serialize(PageParser.Parse(Encoding.UTF8.GetBytes(text), name), name);

        var unixText = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var savedForms = new Dictionary<string, byte[]>
        {
            ["Windows line endings"] = Encoding.UTF8.GetBytes(unixText.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ["old Mac line endings"] = Encoding.UTF8.GetBytes(unixText.Replace('\n', '\r')),
            ["UTF-8 byte order mark"] = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            ["UTF-16 with byte order mark"] = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        };
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            savedForms["trailing spaces"] = Encoding.UTF8.GetBytes(string.Join('\n', unixText.Split('\n').Select(line => line.Length > 0 ? line + "  " : line)));
        }

        Assert.All(savedForms, form => Assert.True(
            ParsedPageJson.Serialize(PageParser.Parse(form.Value, name), name) == original, $"{page} splits differently when saved with {form.Key}"));
    }
}

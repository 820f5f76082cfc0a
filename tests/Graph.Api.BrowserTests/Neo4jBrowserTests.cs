using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Neo4j;
using Graph.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Api.BrowserTests;

/// <summary>
/// Neo4j Browser, as the README tells an analyst to use it, on the tests' Neo4j with the seed
/// imported (<see cref="Neo4jBrowserFixture"/>): it logs in over Bolt, takes our style sheet and
/// draws the answer of every saved query in <c>schema/browser/</c> with our colours and captions.
/// Drives the Browser that ships with Neo4j 3.1 (scripts/neo4j-local.sh); on another server it fails and says why.
/// </summary>
public sealed partial class Neo4jBrowserTests(Neo4jBrowserFixture fixture) : IClassFixture<Neo4jBrowserFixture>
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private static readonly string BrowserFolder = Path.Combine(Neo4jServer.RepositoryRoot(), "schema", "browser");

    [Fact]
    public async Task Neo4j_Browser_logs_in_over_Bolt_takes_our_style_and_draws_every_saved_query_with_our_captions()
    {
        var neo4j = fixture.Neo4j;
        using var http = Http(neo4j);
        var bolt = await BoltAddressAsync(http, neo4j);
        var style = new Neo4jBrowserStyle(await File.ReadAllTextAsync(Path.Combine(BrowserFolder, "style.grass")));
        var queries = Directory.GetFiles(BrowserFolder, "*.cypher").Order(StringComparer.Ordinal).Select(SavedQuery.Read).ToList();
        Assert.NotEmpty(queries);

        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        // 1. Log in on the connect frame the Browser opens with.
        await page.GotoAsync(new Uri(neo4j.Uri, "/browser/").ToString());
        await page.Locator("input[ng-model='username']").FillAsync(neo4j.User, new LocatorFillOptions { Timeout = 30_000 });
        await page.Locator("#connect_password").FillAsync(neo4j.Password);
        await page.Locator("#connect_button").ClickAsync();
        await ExpectTextAsync(page, "#stream", "You are connected as user", "logging in");
        Assert.Contains(sockets, url => new Uri(url).Port == bolt.Port);

        // 2. Our style: `:style` opens the style sheet; drop style.grass on it, as an analyst drags the file there.
        await RunAsync(page, ":style", opensFrame: false);
        var dropArea = page.Locator("#grass file-upload");
        await dropArea.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var file = await page.EvaluateHandleAsync("""
            text => { const t = new DataTransfer(); t.items.add(new File([text], 'style.grass', { type: 'text/plain' })); return t; }
            """, await File.ReadAllTextAsync(Path.Combine(BrowserFolder, "style.grass")));
        await dropArea.DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = file });
        await page.WaitForFunctionAsync("() => document.querySelector('#grass textarea').value.includes('node.Claim')", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await page.Locator("#grass a.close").ClickAsync();

        // 3. Every saved query, with the example value of its :param line, draws its whole answer in our style.
        foreach (var query in queries)
        {
            if (query.Parameter is { } parameter)
            {
                // Neo4j 3.x Browser's form of the file's `:param name => value` line.
                await RunAsync(page, $":param {parameter.Name}: '{parameter.Value}'");
                await ExpectTextAsync(page, "#stream .frame:first-child", "Parameter sucessfully set", $"{query.File}: {parameter.Name}");
            }

            var expected = await AnswerGraphAsync(http, query);
            Assert.True(expected.Count > 0, $"{query.File}: the query answers no nodes on the seed, so there is nothing to draw");

            await RunAsync(page, query.Text);
            var drawn = await DrawnNodesAsync(page, query.File, expected.Count);

            Assert.Equal(expected.Keys.Order(), drawn.Select(n => n.Id).Order());
            foreach (var node in drawn)
            {
                var (labels, properties) = expected[node.Id];
                var caption = style.CaptionOf(labels, properties);
                Assert.True(CaptionShows(node.Caption, caption), $"{query.File}: node {node.Id} ({string.Join(":", labels)}) is captioned '{node.Caption}', not '{caption}'");
                Assert.True(string.Equals(style.ColorOf(labels), node.Fill, StringComparison.OrdinalIgnoreCase), $"{query.File}: node {node.Id} ({string.Join(":", labels)}) is filled {node.Fill}, not {style.ColorOf(labels)}");
            }
        }

        // 4. The README's picture: North Korea's treaties and deployments, drawn last.
        var country = queries.Single(q => q.File == "country-treaties-and-deployments.cypher");
        await RunAsync(page, $":param {country.Parameter!.Value.Name}: 'north-korea'");
        await RunAsync(page, country.Text);
        var northKorea = await DrawnNodesAsync(page, country.File, 1);
        Assert.Contains(northKorea, n => n.Caption == "North Korea");
        Assert.Contains(northKorea, n => n.Caption.StartsWith("Russia", StringComparison.Ordinal));
        await page.Mouse.MoveAsync(700, 990); // no tooltip in the picture
        await page.WaitForTimeoutAsync(3_000); // the force layout settles
        var screenshot = Path.Combine(Neo4jServer.RepositoryRoot(), "docs", "neo4j-browser.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    private static HttpClient Http(Neo4jOptions neo4j)
    {
        var http = new HttpClient { BaseAddress = neo4j.Uri, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{neo4j.User}:{neo4j.Password}")));
        return http;
    }

    /// <summary>NEO4J_BOLT_URI when set, else the address Neo4j 3.x announces in <c>GET /</c> (where the Browser connects too).</summary>
    private static async Task<Uri> BoltAddressAsync(HttpClient http, Neo4jOptions neo4j)
    {
        using var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri("/", UriKind.Relative)));
        var announced = discovery.RootElement.TryGetProperty("data", out _) && discovery.RootElement.TryGetProperty("bolt", out var b) ? b.GetString() : null;
        if (announced is null)
        {
            throw new InvalidOperationException($"NOT RUN: the tests' Neo4j at {neo4j.Uri} is not a Neo4j 3.x with Bolt (GET / answers {discovery.RootElement}). " +
                        "This test drives the Neo4j Browser of the local Neo4j 3.1 (scripts/neo4j-local.sh): run the tests on that server " +
                        "(NEO4J_URI, and NEO4J_BOLT_URI when its Bolt address is not the announced one), not on a Neo4j 5 container.");
        }

        var bolt = new Uri(Environment.GetEnvironmentVariable("NEO4J_BOLT_URI") is { Length: > 0 } configured ? configured : announced);
        using var probe = new System.Net.Sockets.TcpClient();
        try
        {
            await probe.ConnectAsync(bolt.Host, bolt.Port).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or TimeoutException)
        {
            Assert.Fail($"NOT RUN: Bolt does not answer at {bolt} ({e.Message}); set NEO4J_BOLT_URI to the Bolt address of the tests' Neo4j at {neo4j.Uri}.");
        }

        return bolt;
    }

    /// <summary>The nodes of the query's answer, by id, as Neo4j's HTTP API gives them ("graph" results): what the Browser must draw.</summary>
    private static async Task<Dictionary<string, (string[] Labels, Dictionary<string, string> Properties)>> AnswerGraphAsync(HttpClient http, SavedQuery query)
    {
        var parameters = query.Parameter is { } p ? new Dictionary<string, object> { [p.Name] = p.Value } : [];
        using var response = await http.PostAsJsonAsync(new Uri("/db/data/transaction/commit", UriKind.Relative), new
        {
            statements = new[] { new { statement = query.Text, parameters, resultDataContents = new[] { "graph" } } },
        });
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = answer.RootElement.GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 0, $"{query.File}: Neo4j answered {errors}");

        var nodes = new Dictionary<string, (string[], Dictionary<string, string>)>();
        foreach (var row in answer.RootElement.GetProperty("results")[0].GetProperty("data").EnumerateArray())
        {
            foreach (var node in row.GetProperty("graph").GetProperty("nodes").EnumerateArray())
            {
                nodes[node.GetProperty("id").GetString()!] = (
                    node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray(),
                    node.GetProperty("properties").EnumerateObject().ToDictionary(x => x.Name, x => x.Value.ValueKind == JsonValueKind.String ? x.Value.GetString()! : x.Value.ToString()));
            }
        }

        return nodes;
    }

    /// <summary>Types a command into the Browser's editor, as pasted text, presses its play button and waits for its frame.</summary>
    private static async Task RunAsync(IPage page, string command, bool opensFrame = true)
    {
        var frames = await page.Locator("#stream .frame").CountAsync();
        await page.Locator("#editor .CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(command);
        await page.Locator("#editor .controls a.play").ClickAsync();
        if (!opensFrame)
        {
            return;
        }

        await page.WaitForFunctionAsync("n => document.querySelectorAll('#stream .frame').length > n", frames, new PageWaitForFunctionOptions { Timeout = 15_000 });
    }

    /// <summary>The nodes drawn in the newest frame, once at least <paramref name="atLeast"/> are there: id, caption (its lines joined), fill.</summary>
    private static async Task<List<DrawnNode>> DrawnNodesAsync(IPage page, string what, int atLeast)
    {
        try
        {
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#stream .frame:first-child svg g.node').length >= n", atLeast, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            var shown = await page.Locator("#stream .frame:first-child").InnerTextAsync();
            Assert.Fail($"{what}: the Browser drew fewer than {atLeast} nodes within 30 s; its frame shows: {shown[..Math.Min(shown.Length, 600)]}");
        }

        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll('#stream .frame:first-child svg g.node')).map(g => ({
              id: String(g.__data__.id),
              caption: Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).filter(Boolean).join(' '),
              fill: (g.querySelector('circle.outline') || g.querySelector('circle')).getAttribute('fill') })))
            """);
        return JsonSerializer.Deserialize<List<DrawnNode>>(json, WebJson)!;
    }

    /// <summary>The Browser fits a caption into its circle, a word per line: whole, or its first words (a cut word ends in an ellipsis).</summary>
    private static bool CaptionShows(string drawn, string caption)
    {
        var shown = WhitespaceRegex().Replace(drawn, " ").Trim().TrimEnd('…');
        var full = WhitespaceRegex().Replace(caption, " ").Trim();
        return shown.Length > 0 && full.StartsWith(shown, StringComparison.Ordinal);
    }

    private static async Task ExpectTextAsync(IPage page, string selector, string text, string what)
    {
        try
        {
            await page.Locator(selector).GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            var shown = await page.Locator(selector).First.InnerTextAsync();
            Assert.Fail($"{what}: '{text}' did not appear within 30 s; the page shows: {shown[..Math.Min(shown.Length, 600)]}");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    private sealed record DrawnNode(string Id, string Caption, string Fill);

    /// <summary>A file of schema/browser: its Cypher and the example value of its optional <c>// :param name => 'value'</c> line.</summary>
    private sealed partial record SavedQuery(string File, string Text, (string Name, string Value)? Parameter)
    {
        public static SavedQuery Read(string path)
        {
            var text = System.IO.File.ReadAllText(path);
            var param = ParamRegex().Match(text);
            return new SavedQuery(Path.GetFileName(path), text, param.Success ? (param.Groups["name"].Value, param.Groups["value"].Value) : null);
        }

        [GeneratedRegex(@"^//\s*:param\s+(?<name>\w+)\s*=>\s*'(?<value>[^']*)'\s*$", RegexOptions.Multiline)]
        private static partial Regex ParamRegex();
    }
}

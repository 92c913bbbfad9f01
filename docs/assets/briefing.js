/* Cổng Chính sách — tài liệu cho báo cáo viên: nút "Thêm vào bài nói", nút in, nút sao chép
 * tin nhắn, và trang "Bài nói của tôi" ghép các tài liệu đã chọn thành một dàn ý và một bản in.
 *
 * No server and no third party: the chosen kits are kept in this browser's localStorage, and the
 * builder loads each chosen kit from a small static script published with the site
 * (bao-cao-vien/du-lieu/<id>.js), which also works when the site is opened from disk (file://).
 * Every text from the data is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";

  var KEY = "cong-chinh-sach:bai-noi";
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  // -- stored state: { title: "…", kits: [{ id, title }] } --------------------------------
  function validKit(kit) {
    return !!kit && typeof kit.id === "string" && ID.test(kit.id) && typeof kit.title === "string";
  }

  function load() {
    try {
      var state = JSON.parse(window.localStorage.getItem(KEY) || "null");
      if (state && Array.isArray(state.kits)) {
        return { title: typeof state.title === "string" ? state.title : "", kits: state.kits.filter(validKit) };
      }
    } catch (e) { /* unreadable or blocked storage: start empty */ }
    return { title: "", kits: [] };
  }

  function save(state) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(state));
      return true;
    } catch (e) {
      return false;
    }
  }

  // a folder address ("…/bai-noi/") opens its index.html only on a web server; from disk, name the file
  function pageHref(href) {
    return window.location.protocol === "file:" && /\/$/.test(href) ? href + "index.html" : href;
  }

  function has(state, id) {
    return state.kits.some(function (kit) { return kit.id === id; });
  }

  // -- DOM helper: el("p", {className: "x"}, ["text", child]) -----------------------------
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) {
      if (name.indexOf("data-") === 0 || name.indexOf("aria-") === 0 || name === "role" || name === "for") {
        node.setAttribute(name, props[name]);
      } else {
        node[name] = props[name];
      }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function say(status, parts) {
    if (!status) return;
    status.textContent = "";
    parts.forEach(function (part) {
      status.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
    });
  }

  // -- "Thêm vào bài nói" ------------------------------------------------------------------
  function initAddButtons() {
    Array.prototype.forEach.call(document.querySelectorAll("button[data-cs-add]"), function (button) {
      var items;
      try {
        items = JSON.parse(button.getAttribute("data-cs-add")).filter(validKit);
      } catch (e) {
        return;
      }
      if (!items.length) return;
      var box = button.closest(".cs-actions, .cs-kit-link");
      var status = box ? box.querySelector(".cs-talk-status") : null;
      var builder = pageHref(button.getAttribute("data-cs-builder"));
      var link = function (count) {
        return el("a", { href: builder, className: "cs-talk-open" }, ["Mở bài nói của tôi (" + count + " tài liệu)"]);
      };
      var refresh = function () {
        var state = load();
        var all = items.every(function (item) { return has(state, item.id); });
        button.textContent = all ? "Đã có trong bài nói" : "Thêm vào bài nói";
        button.setAttribute("aria-pressed", all ? "true" : "false");
        if (all) say(status, [" ", link(state.kits.length)]);
      };
      button.hidden = false;
      refresh();
      button.addEventListener("click", function () {
        var state = load();
        var added = 0;
        items.forEach(function (item) {
          if (!has(state, item.id)) {
            state.kits.push({ id: item.id, title: item.title });
            added += 1;
          }
        });
        if (!save(state)) {
          say(status, [" Không lưu được: trình duyệt đang chặn lưu dữ liệu trên máy này."]);
          return;
        }
        refresh();
        say(status, [added ? " Đã thêm vào bài nói. " : " Tài liệu đã có trong bài nói. ", link(state.kits.length)]);
      });
    });
  }

  // -- print and copy buttons -----------------------------------------------------------------
  function initPrintButtons() {
    Array.prototype.forEach.call(document.querySelectorAll("button.cs-print"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  function initCopyButtons() {
    if (!navigator.clipboard) return;
    Array.prototype.forEach.call(document.querySelectorAll("button[data-cs-copy]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.getAttribute("data-cs-copy")).then(function () {
          button.textContent = "Đã sao chép";
        }, function () {
          button.textContent = "Không sao chép được";
        });
      });
    });
  }

  // -- "Bài nói của tôi" ----------------------------------------------------------------------
  function initBuilder() {
    var root = document.getElementById("cs-talk-builder");
    if (!root) return;
    var dataBase = root.getAttribute("data-cs-data");
    var siteRoot = root.getAttribute("data-cs-root");
    var loaded = window.csBriefing = window.csBriefing || {};
    var failed = {};
    var controls = el("section", { className: "cs-builder-controls cs-no-print", "aria-label": "Chọn và sắp xếp tài liệu" });
    var output = el("section", { className: "cs-talk-output", "aria-live": "polite" });
    root.appendChild(controls);
    root.appendChild(output);

    function fetchKits(state, done) {
      var pending = 0;
      state.kits.forEach(function (kit) {
        if (loaded[kit.id] || failed[kit.id]) return;
        pending += 1;
        var script = el("script", { src: dataBase + kit.id + ".js", async: true });
        var finish = function (ok) {
          if (!ok || !loaded[kit.id]) failed[kit.id] = true;
          pending -= 1;
          if (pending === 0) done();
        };
        script.onload = function () { finish(true); };
        script.onerror = function () { finish(false); };
        document.head.appendChild(script);
      });
      if (pending === 0) done();
    }

    function move(index, step, focusClass) {
      var state = load();
      var target = index + step;
      if (target < 0 || target >= state.kits.length) return;
      var kit = state.kits.splice(index, 1)[0];
      state.kits.splice(target, 0, kit);
      save(state);
      render(focusClass, target);
    }

    function remove(index) {
      var state = load();
      state.kits.splice(index, 1);
      save(state);
      render("cs-remove", Math.min(index, state.kits.length - 1));
    }

    function renderControls(state, focusClass, focusIndex) {
      controls.textContent = "";
      var title = el("input", { type: "text", id: "cs-talk-title", value: state.title, className: "cs-talk-title-input", placeholder: "Ví dụ: Chính sách hỗ trợ nông nghiệp năm 2026" });
      title.addEventListener("input", function () {
        var current = load();
        current.title = title.value;
        save(current);
        var heading = output.querySelector("h2");
        if (heading) heading.textContent = title.value || "Bài nói";
      });
      controls.appendChild(el("p", {}, [el("label", { "for": "cs-talk-title" }, ["Tên bài nói "]), title]));
      if (!state.kits.length) {
        controls.appendChild(el("p", { className: "cs-builder-empty" }, [
          "Chưa chọn tài liệu nào. Mở ",
          el("a", { href: pageHref(siteRoot + "bao-cao-vien/") }, ["Tài liệu cho báo cáo viên"]),
          " hoặc trang một nghị quyết có tài liệu, rồi bấm “Thêm vào bài nói”.",
        ]));
        return;
      }
      controls.appendChild(el("h2", { id: "cs-chosen" }, ["Tài liệu đã chọn (" + state.kits.length + ")"]));
      var list = el("ol", { className: "cs-chosen-list", "aria-labelledby": "cs-chosen" });
      state.kits.forEach(function (kit, index) {
        var up = el("button", { type: "button", className: "md-button cs-up", disabled: index === 0, "aria-label": "Đưa lên trên: " + kit.title }, ["Lên"]);
        var down = el("button", { type: "button", className: "md-button cs-down", disabled: index === state.kits.length - 1, "aria-label": "Đưa xuống dưới: " + kit.title }, ["Xuống"]);
        var drop = el("button", { type: "button", className: "md-button cs-remove", "aria-label": "Bỏ khỏi bài nói: " + kit.title }, ["Bỏ"]);
        up.addEventListener("click", function () { move(index, -1, "cs-up"); });
        down.addEventListener("click", function () { move(index, 1, "cs-down"); });
        drop.addEventListener("click", function () { remove(index); });
        list.appendChild(el("li", { "data-cs-kit": kit.id }, [el("span", { className: "cs-chosen-title" }, [kit.title]), " ", up, " ", down, " ", drop]));
      });
      controls.appendChild(list);
      var print = el("button", { type: "button", className: "md-button md-button--primary cs-print-talk" }, ["In bài nói"]);
      print.addEventListener("click", function () { window.print(); });
      var clear = el("button", { type: "button", className: "md-button cs-clear" }, ["Xóa tất cả"]);
      clear.addEventListener("click", function () {
        if (window.confirm("Bỏ tất cả tài liệu khỏi bài nói?")) {
          save({ title: load().title, kits: [] });
          render();
        }
      });
      controls.appendChild(el("p", {}, [print, " ", clear]));
      if (focusClass && focusIndex >= 0) {
        var item = list.children[focusIndex];
        var target = item && item.querySelector("." + focusClass);
        if (target && target.disabled) target = item.querySelector("button:not([disabled])");
        if (target) target.focus();
      } else if (focusClass) {
        title.focus();
      }
    }

    function cite(basis) {
      if (!basis) return null;
      var parts = [el("span", { className: "cs-cite" }, ["Căn cứ: " + basis.label])];
      basis.changes.forEach(function (note) {
        parts.push(el("br"));
        parts.push(el("span", { className: "cs-cite-change" }, ["Lưu ý: " + note]));
      });
      return el("span", {}, parts);
    }

    function kitSection(data) {
      var section = el("article", { className: "cs-talk-kit" }, [
        el("h3", {}, [data.subject]),
        el("p", {}, [data.resolution_title]),
        el("p", { className: "cs-asof-stamp" }, [data.as_of + ". Tình trạng hiệu lực: ", el("span", { className: "cs-badge cs-badge--" + data.status_value }, [data.status])]),
      ]);
      if (data.sample_notice) section.appendChild(el("p", { className: "cs-notice" }, [el("strong", {}, ["Dữ liệu minh họa: "]), data.sample_notice]));
      if (data.status_note) section.appendChild(el("p", { className: "cs-notice" }, [el("strong", {}, ["Lưu ý về hiệu lực: "]), data.status_note]));
      section.appendChild(el("h4", {}, ["Thông điệp chính"]));
      section.appendChild(el("ol", {}, data.messages.map(function (m) {
        return el("li", {}, [el("strong", {}, [m.text]), m.basis ? el("br") : null, cite(m.basis)]);
      })));
      if (data.figures.length) {
        section.appendChild(el("h4", {}, ["Số liệu chính"]));
        var body = el("tbody", {}, data.figures.map(function (f) {
          return el("tr", {}, [el("td", {}, [f.label]), el("td", {}, [f.value + (f.basis ? " (" + f.basis.label + ")" : "")])]);
        }));
        section.appendChild(el("table", {}, [el("thead", {}, [el("tr", {}, [el("th", {}, ["Nội dung"]), el("th", {}, ["Số liệu"])])]), body]));
      }
      if (data.questions.length) {
        section.appendChild(el("h4", {}, ["Hỏi – đáp"]));
        data.questions.forEach(function (q) {
          section.appendChild(el("p", {}, [el("strong", {}, ["Hỏi: "]), q.question, el("br"), el("strong", {}, ["Đáp: "]), q.answer, q.basis ? el("br") : null, cite(q.basis)]));
        });
      }
      if (data.misreadings.length) {
        section.appendChild(el("h4", {}, ["Những điểm dễ hiểu sai"]));
        section.appendChild(el("ul", {}, data.misreadings.map(function (c) {
          return el("li", {}, [el("strong", {}, ["Hiểu sai: "]), c.wrong, el("br"), el("strong", {}, ["Thực tế: "]), c.right, el("br"), cite(c.basis)]);
        })));
      }
      section.appendChild(el("h4", {}, ["Tin nhắn SMS, Zalo"]));
      section.appendChild(el("p", { className: "cs-sms" }, [data.sms]));
      section.appendChild(el("p", { className: "cs-no-print" }, [el("a", { href: pageHref(siteRoot + data.kit_url) }, ["Xem tài liệu đầy đủ"]), " · ", el("a", { href: pageHref(siteRoot + data.resolution_url) }, ["Xem nghị quyết"])]));
      return section;
    }

    function renderOutput(state) {
      output.textContent = "";
      if (!state.kits.length) return;
      var kits = state.kits.map(function (kit) { return loaded[kit.id]; }).filter(Boolean);
      output.appendChild(el("h2", { id: "cs-talk-heading" }, [state.title || "Bài nói"]));
      if (kits.length) output.appendChild(el("p", { className: "cs-asof-stamp" }, [kits[0].as_of + "."]));
      state.kits.forEach(function (kit) {
        if (!loaded[kit.id]) {
          output.appendChild(el("p", { className: "cs-notice" }, ["Không tải được tài liệu “" + kit.title + "”: có thể tài liệu đã được gỡ khỏi cổng. Bấm “Bỏ” để xóa khỏi danh sách."]));
        }
      });
      if (!kits.length) return;
      output.appendChild(el("h3", {}, ["Dàn ý"]));
      output.appendChild(el("ol", { className: "cs-talk-outline" }, kits.map(function (data) {
        return el("li", {}, [
          el("strong", {}, [data.subject]), " — " + data.resolution_title + " (" + data.status + ")",
          el("ol", {}, data.messages.map(function (m) { return el("li", {}, [m.text]); })),
        ]);
      })));
      kits.forEach(function (data) { output.appendChild(kitSection(data)); });
    }

    function render(focusClass, focusIndex) {
      var state = load();
      renderControls(state, focusClass, focusIndex);
      fetchKits(state, function () { renderOutput(load()); });
    }

    render();
  }

  function init() {
    initAddButtons();
    initPrintButtons();
    initCopyButtons();
    initBuilder();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

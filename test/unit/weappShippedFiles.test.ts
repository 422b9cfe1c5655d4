import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMinified, shippedFileProblems, unclosedTag } from '../../scripts/shippedFiles';

/**
 * `npm run check:weapp`'s own checks of the files residents download: WeChat's scan passes
 * compression on project.config.json's flags alone, and its analysis accepts a template that
 * WeChat then refuses to run.
 */
describe('a shipped template', () => {
  it('is refused when an <input> lost its end tag, as an HTML minifier leaves it', () => {
    const broken = '<template name="tmpl_0_33"><input value="{{i.p25}}" bindinput="eh"></template><template name="x"><view/></template>';
    expect(unclosedTag(broken)).toBe('input');
  });

  it('passes when every tag is closed, by an end tag or by />', () => {
    const wxml =
      '<wxs module="xs" src="./utils.wxs"/><template name="t"><input value="{{i.v}}"></input><text space="{{i.p4}}"><template is="{{xs.a(c, item.nn, l)}}" data="{{i:item,c:c+1}}"/></text></template>';
    expect(unclosedTag(wxml)).toBeUndefined();
  });

  it('reads a > inside an attribute value as part of the value', () => {
    expect(unclosedTag('<view hidden="{{n > 3}}"><text>{{n}}</text></view>')).toBeUndefined();
    expect(unclosedTag('<view hidden="{{n > 3}}"><text>{{n}}</view>')).toBe('text');
  });

  it('names a tag left open at the end, or an end tag that closes nothing', () => {
    expect(unclosedTag('<view><view></view>')).toBe('view');
    expect(unclosedTag('</view>')).toBe('view');
  });
});

describe('a shipped file counts as minified', () => {
  it('when no line starts indented', () => {
    expect(isMinified('app.js', 'require("./common"),function(e){return e}')).toBe(true);
    expect(isMinified('app.js', 'function f(e) {\n  return e\n}')).toBe(false);
    expect(isMinified('app.wxss', '.page{padding:24rpx}\n.card{margin:0}')).toBe(true);
    expect(isMinified('app.wxss', '.page {\n  padding: 24rpx;\n}')).toBe(false);
  });

  it('a template, when no whitespace is left between its tags', () => {
    expect(isMinified('base.wxml', '<import src="../../base.wxml"/><template is="taro_tmpl" data="{{root:root}}"/>')).toBe(true);
    expect(isMinified('index.wxml', '<import src="../../base.wxml"/>\n<template is="taro_tmpl" data="{{root:root}}"/>')).toBe(false);
  });
});

describe('the shipped-file check of a build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'shipped-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names each unminified or unclosed file in any package, and nothing else', () => {
    mkdirSync(path.join(dir, 'committee', 'draft'), { recursive: true });
    writeFileSync(path.join(dir, 'app.js'), 'require("./common");');
    writeFileSync(path.join(dir, 'utils.wxs'), 'module.exports = {\n  a: 1\n}');
    writeFileSync(path.join(dir, 'committee', 'draft', 'index.wxml'), '<view>\n  <input value="{{v}}"></view>');
    writeFileSync(path.join(dir, 'committee', 'draft', 'index.wxss'), '.a {\n  color: red;\n}');
    expect(shippedFileProblems(dir).sort()).toEqual(
      [
        `未压缩 not minified: ${path.join('committee', 'draft', 'index.wxml')}`,
        `未压缩 not minified: ${path.join('committee', 'draft', 'index.wxss')}`,
        `标签未闭合 unclosed <input>: ${path.join('committee', 'draft', 'index.wxml')}`,
      ].sort(),
    );
  });
});
